import { APIError, type CollectionBeforeDeleteHook } from 'payload'

interface Options {
  /** The article fields that point here, e.g. ["category"] or ["heroImage", "seo.image"]. */
  fields: string[]
  /** What this document is called in a sentence, e.g. "chuyên mục", "tác giả". */
  noun: string
  /** What to do first, e.g. "chuyển các bài đó sang chuyên mục khác (hoặc gỡ bài xuống)". */
  remedy: string
}

const EXAMPLES = 3

/**
 * Deleting a section, an author or a lead image that published articles use would leave those
 * pages linking to pages that no longer exist, or without their picture. Refused for every role, naming how many articles and a few of them.
 * Only live articles count: trashed ones do not, and drafts lose the reference (the database sets
 * it to empty), so publishing such a draft asks for a new one.
 */
export const refuseDeleteWhileLive =
  ({ fields, noun, remedy }: Options): CollectionBeforeDeleteHook =>
  async ({ id, req }) => {
    const { docs, totalDocs } = await req.payload.find({
      collection: 'articles',
      where: {
        and: [
          { or: fields.map((field) => ({ [field]: { in: [id] } })) },
          { _status: { equals: 'published' } },
        ],
      },
      depth: 0,
      limit: EXAMPLES,
      select: { title: true },
      sort: '-publishedAt',
      overrideAccess: true,
      req,
    })
    if (totalDocs === 0) return
    const titles = docs.map((doc) => `“${doc.title}”`).join(', ')
    const more = totalDocs > docs.length ? '…' : ''
    const message =
      `Không thể xóa ${noun} này: ${totalDocs} bài đang đăng trên trang công khai dùng ${noun} này ` +
      `(${titles}${more}). Hãy ${remedy} rồi xóa lại.`
    // With `data` Payload answers the message itself; without it, the production build's minified
    // error class has no name and the editor reads only "An unknown error occurred."
    throw new APIError(message, 400, { liveArticles: totalDocs }, true)
  }
