import type { Endpoint, PayloadRequest } from 'payload'

import { signedHeaders } from '@bantin/content-types/rebuild-webhook'

import { articlePath } from '../../site/src/lib/urls'
import { isStaffUser } from '../access/roles'
import { settings } from '../settings'

export const PREVIEW_TEXT = {
  signIn: 'Đăng nhập tài khoản biên tập để xem trước bài.',
  notFound: 'Không tìm thấy bài này (có thể đã bị xoá hoặc chuyển vào thùng rác).',
  noPublisher:
    'Chưa xem trước được: dịch vụ xuất bản trang (chạy cùng npm start) không chạy hoặc không được cấu hình.',
  incomplete:
    'Bài chưa đủ để dựng thành trang: cần có tiêu đề, sapo, tác giả và chuyên mục. Điền đủ rồi bấm "Xem trước" lại.',
  title: 'Xem trước',
} as const

/** A small Vietnamese page: the preview opens in its own tab, so errors are read there. */
const message = (status: number, text: string, details: string[] = []) =>
  new Response(
    `<!doctype html><html lang="vi"><meta charset="utf-8"><title>${PREVIEW_TEXT.title}</title>` +
      `<p>${text}</p>${details.length ? `<ul>${details.map((d) => `<li>${escapeHtml(d)}</li>`).join('')}</ul>` : ''}`,
    { status, headers: PRIVATE_HEADERS },
  )

const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!)

// A draft is for the staff member in front of it: never cached, never indexed, no scripts run
// (the page is the site's, served from the CMS's address, where a script would act as them).
const PRIVATE_HEADERS = {
  'Content-Type': 'text/html; charset=utf-8',
  'Cache-Control': 'no-store',
  'X-Robots-Tag': 'noindex, nofollow',
  'Content-Security-Policy': "script-src 'none'; object-src 'none'; frame-ancestors 'self'",
}

/** The path of the newest live article: the preview borrows that page's stylesheets. */
async function samplePath(req: PayloadRequest): Promise<string | null> {
  const live = await req.payload.find({
    collection: 'articles',
    where: { _status: { equals: 'published' } },
    sort: '-publishedAt',
    limit: 1,
    depth: 0,
    pagination: false,
    select: { slug: true },
    req,
  })
  const slug: unknown = live.docs[0]?.slug
  return typeof slug === 'string' && slug ? articlePath(slug) : null
}

/**
 * Links in the page lead to the public site (`<base>`); pictures come from the CMS, where staff
 * may see images no published article shows yet (the site has only those).
 */
function servedFromCms(html: string, cmsOrigin: string): string {
  return html
    .replace('<head>', `<head><base href="${settings.siteUrl}/">`)
    .replace(/(["\s,])\/media\//g, `$1${cmsOrigin}/api/media/file/`)
    .replace('<title>', `<title>[${PREVIEW_TEXT.title}] `)
}

/**
 * GET /api/preview/articles/:id: the article's latest draft as the public page, rendered by the
 * site's own components in the publisher (publisher/src/preview/). Staff only; the draft is read
 * with the staff member's own access, and the page is answered here and stored nowhere.
 */
export const articlePreviewEndpoint: Endpoint = {
  path: '/preview/articles/:id',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return message(401, PREVIEW_TEXT.signIn)
    if (!isStaffUser(req.user)) return message(403, PREVIEW_TEXT.signIn)
    const id = Number(req.routeParams?.id)
    const article = Number.isInteger(id)
      ? await req.payload.findByID({
          collection: 'articles',
          id,
          draft: true,
          depth: 1,
          overrideAccess: false,
          disableErrors: true,
          req,
        })
      : null
    if (!article) return message(404, PREVIEW_TEXT.notFound)
    const webhook = settings.rebuild.webhook
    if (!webhook) return message(503, PREVIEW_TEXT.noPublisher)
    const categories = await req.payload.find({
      collection: 'categories',
      depth: 0,
      pagination: false,
      overrideAccess: false,
      req,
    })
    const body = JSON.stringify({
      article,
      categories: categories.docs,
      siteUrl: settings.siteUrl,
      samplePath: await samplePath(req),
    })
    const res = await fetch(new URL('/preview', webhook.url), {
      method: 'POST',
      headers: signedHeaders(webhook.secret, body),
      body,
      signal: AbortSignal.timeout(120_000),
    }).catch((error: Error) => {
      req.payload.logger.error(
        `preview of article ${id}: the publisher did not answer: ${error.message}`,
      )
      return null
    })
    if (!res) return message(503, PREVIEW_TEXT.noPublisher)
    if (res.status === 422) {
      const { problems } = (await res.json()) as { problems: string[] }
      return message(422, PREVIEW_TEXT.incomplete, problems)
    }
    if (!res.ok) {
      req.payload.logger.error(`preview of article ${id}: the publisher answered ${res.status}`)
      return message(503, PREVIEW_TEXT.noPublisher)
    }
    return new Response(servedFromCms(await res.text(), new URL(req.url!).origin), {
      status: 200,
      headers: PRIVATE_HEADERS,
    })
  },
}
