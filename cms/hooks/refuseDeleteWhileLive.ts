import { APIError, type CollectionBeforeDeleteHook, type PayloadRequest, type Where } from 'payload'

import { currentNoticeWhere } from '../rebuild/currentNotice'

interface Options {
  /** The article fields that point here, e.g. ["category"] or ["heroImage", "seo.image"]. */
  fields: string[]
  /** What this document is called in a sentence, e.g. "chuyên mục", "tác giả". */
  noun: string
  /** What to do first, e.g. "chuyển các bài đó sang chuyên mục khác (hoặc gỡ bài xuống)". */
  remedy: string
  /** Wanted-notice fields that point here too (a notice's photo), and what to do about those. */
  notices?: { fields: string[]; remedy: string }
}

const EXAMPLES = 3

interface Users {
  count: number
  names: string[]
}

async function findUsers(
  req: PayloadRequest,
  collection: 'articles' | 'wanted-notices',
  where: Where,
  title: 'title' | 'fullName',
  sort: string,
): Promise<Users> {
  const { docs, totalDocs } = await req.payload.find({
    collection,
    where,
    depth: 0,
    limit: EXAMPLES,
    select: { [title]: true },
    sort,
    overrideAccess: true,
    req,
  })
  const names = docs.map((doc) => {
    const name: unknown = title in doc ? doc[title as keyof typeof doc] : undefined
    return typeof name === 'string' ? name : `#${doc.id}`
  })
  return { count: totalDocs, names }
}

const sentence = ({ count, names }: Users, what: string, noun: string) =>
  `${count} ${what} đang đăng trên trang công khai dùng ${noun} này ` +
  `(${names.map((name) => `“${name}”`).join(', ')}${count > names.length ? '…' : ''})`

const pointsHere = (fields: string[], id: number | string): Where => ({
  or: fields.map((field) => ({ [field]: { in: [id] } })),
})

/**
 * Deleting a section, an author or an image that published articles (or current wanted notices)
 * use would leave those pages linking to pages that no longer exist, or without their picture.
 * Refused for every role, naming how many and a few of them. Only what is public counts: trashed
 * articles and notices no longer wanted or expired do not, and drafts lose the reference (the
 * database sets it to empty), so publishing such a draft asks for a new one.
 */
export const refuseDeleteWhileLive =
  ({ fields, noun, remedy, notices }: Options): CollectionBeforeDeleteHook =>
  async ({ id, req }) => {
    const articles = await findUsers(
      req,
      'articles',
      { and: [pointsHere(fields, id), { _status: { equals: 'published' } }] },
      'title',
      '-publishedAt',
    )
    const liveNotices = notices
      ? await findUsers(
          req,
          'wanted-notices',
          { and: [pointsHere(notices.fields, id), currentNoticeWhere()] },
          'fullName',
          '-decisionDate',
        )
      : { count: 0, names: [] }
    if (articles.count === 0 && liveNotices.count === 0) return
    const uses = [
      ...(articles.count ? [{ text: sentence(articles, 'bài', noun), remedy }] : []),
      ...(liveNotices.count && notices
        ? [{ text: sentence(liveNotices, 'lệnh truy nã', noun), remedy: notices.remedy }]
        : []),
    ]
    const message =
      `Không thể xóa ${noun} này: ${uses.map((use) => use.text).join(' và ')}. ` +
      `Hãy ${uses.map((use) => use.remedy).join(', ')} rồi xóa lại.`
    // With `data` Payload answers the message itself; without it, the production build's minified
    // error class has no name and the editor reads only "An unknown error occurred."
    throw new APIError(
      message,
      400,
      { liveArticles: articles.count, liveNotices: liveNotices.count },
      true,
    )
  }
