import { APIError, type CollectionBeforeDeleteHook } from 'payload'

interface Options {
  /** The article field that points here: "category" or "authors". */
  field: 'category' | 'authors'
  /** What this document is called in a sentence, e.g. "chuyên mục", "tác giả". */
  noun: string
}

const EXAMPLES = 3

/**
 * Deleting a section or an author that published articles use would leave those pages linking to
 * pages that no longer exist. Refused for every role, naming how many articles and a few of them.
 * Only live articles count: trashed ones do not, and drafts lose the reference (the database sets
 * it to empty), so publishing such a draft asks for a new one.
 */
export const refuseDeleteWhileLive =
  ({ field, noun }: Options): CollectionBeforeDeleteHook =>
  async ({ id, req }) => {
    const { docs, totalDocs } = await req.payload.find({
      collection: 'articles',
      where: { and: [{ [field]: { in: [id] } }, { _status: { equals: 'published' } }] },
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
    throw new APIError(
      `Không thể xóa ${noun} này: ${totalDocs} bài đang đăng trên trang công khai dùng ${noun} này ` +
        `(${titles}${more}). Hãy chuyển các bài đó sang ${noun} khác (hoặc gỡ bài xuống) rồi xóa lại.`,
      400,
      undefined,
      true,
    )
  }
