import type { CollectionAfterChangeHook } from 'payload'

import { recordAudit } from '../audit/record'
import { formatVietnamTime } from '../audit/vietnam-time'

/**
 * A scheduled publish or unpublish of an article is a job Payload queues (jobs.runHooks makes it
 * pass here); the job names the editor who scheduled it.
 */
export const auditSchedule: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation !== 'create' || doc.taskSlug !== 'schedulePublish' || req.context?.skipAudit) return doc
  const input = (doc.input ?? {}) as { type?: string; doc?: { relationTo?: string; value?: unknown }; user?: { value?: unknown } }
  if (input.doc?.relationTo !== 'articles') return doc
  const articleId = Number(input.doc.value)
  const article = await req.payload.findByID({ collection: 'articles', id: articleId, depth: 0, draft: true, req, disableErrors: true, trash: true })
  const userId = (input.user?.value as number | undefined) ?? (req.user?.id as number | undefined)
  const actor = userId ? await req.payload.findByID({ collection: 'users', id: userId, depth: 0, req, disableErrors: true }) : null
  const when = doc.waitUntil ? formatVietnamTime(doc.waitUntil) : ''
  await recordAudit(req, {
    action: 'article.scheduled',
    actor: actor ? { id: actor.id, email: actor.email } : null,
    target: { id: articleId, title: article?.title ?? null },
    detail: `${input.type === 'unpublish' ? 'Gỡ' : 'Đăng'} lúc ${when} (giờ Việt Nam)`,
  })
  return doc
}
