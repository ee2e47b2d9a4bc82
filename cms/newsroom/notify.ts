import type { PayloadRequest } from 'payload'

import type { AuditAction } from '../audit/actions'
import { escapeHtml } from '../email/text'
import { settings } from '../settings'
import { adminArticleUrl, publicArticleUrl } from './links'

export interface NotifiedArticle {
  id: number | string
  title?: string | null
  slug?: string | null
  reviewNote?: string | null
  createdBy?: unknown
}

type Person = { id: number; email: string; name?: string | null }

const idOf = (value: unknown) =>
  value && typeof value === 'object' ? (value as { id?: unknown }).id : value

/** What each event tells whom: editors hear of submissions, the writer of everything done to their article. */
const MESSAGES: Partial<
  Record<AuditAction, { to: 'editors' | 'writer'; subject: string; lead: string }>
> = {
  'article.submitted': {
    to: 'editors',
    subject: 'Bài chờ duyệt',
    lead: 'Một bài vừa được gửi duyệt:',
  },
  'article.returned': {
    to: 'writer',
    subject: 'Bài bị trả lại',
    lead: 'Biên tập viên đã trả lại bài của bạn để sửa:',
  },
  'article.published': {
    to: 'writer',
    subject: 'Bài đã được xuất bản',
    lead: 'Bài của bạn đã được xuất bản:',
  },
  'article.scheduled': {
    to: 'writer',
    subject: 'Bài đã được hẹn giờ',
    lead: 'Bài của bạn đã được hẹn giờ:',
  },
  'article.unpublished': {
    to: 'writer',
    subject: 'Bài đã bị gỡ',
    lead: 'Bài của bạn đã được gỡ khỏi trang:',
  },
  'article.trashed': {
    to: 'writer',
    subject: 'Bài đã vào thùng rác',
    lead: 'Bài của bạn đã được chuyển vào thùng rác:',
  },
}

// The admin's own type check (next build) sees documents without the generated types: shaped here.
const personOf = (user: { id: unknown; email?: unknown; name?: unknown }): Person => ({
  id: Number(user.id),
  email: String(user.email ?? ''),
  name: typeof user.name === 'string' ? user.name : null,
})

async function recipients(
  req: PayloadRequest,
  to: 'editors' | 'writer',
  article: NotifiedArticle,
): Promise<Person[]> {
  if (to === 'writer') {
    const writer = idOf(article.createdBy)
    if (writer === undefined || writer === null) return []
    const user = await req.payload.findByID({
      collection: 'users',
      id: writer as number,
      depth: 0,
      req,
      disableErrors: true,
    })
    return user ? [personOf(user)] : []
  }
  const { docs } = await req.payload.find({
    collection: 'users',
    where: { role: { equals: 'editor' } },
    depth: 0,
    limit: 200,
    req,
    pagination: false,
  })
  return docs.map(personOf)
}

function mailHtml(
  lead: string,
  article: NotifiedArticle,
  action: AuditAction,
  detail: string | null,
): string {
  const title = escapeHtml(article.title || '(chưa có tiêu đề)')
  const edit = escapeHtml(adminArticleUrl(article.id))
  const lines = [`<p>${escapeHtml(lead)}</p>`, `<p><b>${title}</b></p>`]
  if (detail) lines.push(`<p>${escapeHtml(detail).replace(/\n/g, '<br>')}</p>`)
  if (action === 'article.published' && article.slug) {
    const live = escapeHtml(publicArticleUrl(article.slug))
    lines.push(
      `<p>Trang công khai (có sau vài phút, khi trang được xây dựng lại): <a href="${live}">${live}</a></p>`,
    )
  }
  lines.push(`<p>Mở bài trong trang quản trị: <a href="${edit}">${edit}</a></p>`)
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"></head><body style="font-family: Arial, sans-serif; line-height: 1.5">${lines.join('\n')}</body></html>`
}

/**
 * Mails the people concerned by an event, never the person who caused it. Only when SMTP is set:
 * without it the dashboard and the navigation count are the notification. The adapter hands the
 * mail over after the request is answered; a failure is logged there.
 */
export async function notifyArticleEvent(
  req: PayloadRequest,
  action: AuditAction,
  article: NotifiedArticle,
  detail: string | null = null,
): Promise<void> {
  const message = MESSAGES[action]
  if (!message || !settings.email.smtp) return
  const actorId = req.user ? String(req.user.id) : null
  const people = (await recipients(req, message.to, article)).filter(
    (p) => String(p.id) !== actorId && p.email,
  )
  const subject = `${message.subject}: ${article.title || '(chưa có tiêu đề)'}`
  const html = mailHtml(message.lead, article, action, detail)
  for (const person of people) await req.payload.sendEmail({ to: person.email, subject, html })
}
