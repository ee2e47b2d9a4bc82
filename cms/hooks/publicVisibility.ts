import type { PayloadRequest, Where } from 'payload'

import type { Id } from '@bantin/content-types/id'
import { uploadIdsIn } from '@bantin/content-types/lexical'
import { currentNoticeWhere } from '../rebuild/currentNotice'

const idOf = (v: unknown): Id | null =>
  typeof v === 'number' || typeof v === 'string'
    ? v
    : v && typeof v === 'object'
      ? ((v as { id?: Id }).id ?? null)
      : null

interface ArticleLike {
  body?: unknown
  heroImage?: unknown
  seo?: { image?: unknown } | null
  authors?: unknown
}

/** Every image an article's page shows: hero, social image and the uploads in its body. */
export function imagesShownBy(article: ArticleLike): Set<Id> {
  const ids = new Set(uploadIdsIn(article.body))
  for (const v of [article.heroImage, article.seo?.image]) {
    const id = idOf(v)
    if (id !== null) ids.add(id)
  }
  return ids
}

export interface Shown {
  media: Set<Id>
  authors: Set<Id>
}

/** What the public could reach through an article row: nothing unless it is published and not trashed. */
export function shownBy(
  row: (ArticleLike & { _status?: string | null; deletedAt?: string | null }) | null | undefined,
): Shown {
  if (!row || row._status !== 'published' || row.deletedAt)
    return { media: new Set(), authors: new Set() }
  const authors = Array.isArray(row.authors)
    ? row.authors.map(idOf).filter((id): id is Id => id !== null)
    : []
  return { media: imagesShownBy(row), authors: new Set(authors) }
}

export const joinShown = (...all: Shown[]): Shown => ({
  media: new Set(all.flatMap((s) => [...s.media])),
  authors: new Set(all.flatMap((s) => [...s.authors])),
})

const PUBLIC_ARTICLE: Where[] = [
  { _status: { equals: 'published' } },
  { deletedAt: { exists: false } },
]

/** A current wanted notice (published, still wanted, not expired) shows its photo. */
async function shownByCurrentNotice(req: PayloadRequest, id: Id): Promise<boolean> {
  const where: Where = { and: [currentNoticeWhere(), { photo: { equals: id } }] }
  const { totalDocs } = await req.payload.db.count({ collection: 'wanted-notices', where, req })
  return totalDocs > 0
}

/**
 * Sets `isPublic` on each given image or author from the articles (and, for images, the wanted
 * notices) that are public now, so an
 * unpublished, trashed, deleted or edited article takes back what only it showed. Written through
 * the database adapter: a visibility flag is not an edit, and must neither ask for a rebuild nor
 * change `updatedAt`. Runs inside the article's request, and so inside its transaction.
 */
export async function refreshPublicVisibility(req: PayloadRequest, shown: Shown): Promise<void> {
  await refresh(req, 'media', shown.media, (id) => ({ shownImages: { in: [id] } }))
  await refresh(req, 'authors', shown.authors, (id) => ({ authors: { in: [id] } }))
}

async function refresh(
  req: PayloadRequest,
  collection: 'media' | 'authors',
  ids: Set<Id>,
  shows: (id: Id) => Where,
) {
  if (ids.size === 0) return
  const visible: Id[] = []
  const hidden: Id[] = []
  for (const id of ids) {
    const { totalDocs } = await req.payload.db.count({
      collection: 'articles',
      where: { and: [...PUBLIC_ARTICLE, shows(id)] },
      req,
    })
    const shown = totalDocs > 0 || (collection === 'media' && (await shownByCurrentNotice(req, id)))
    ;(shown ? visible : hidden).push(id)
  }
  const set = async (idList: Id[], isPublic: boolean) => {
    if (idList.length === 0) return
    const where: Where = {
      and: [
        { id: { in: idList } },
        { isPublic: isPublic ? { not_equals: true } : { equals: true } },
      ],
    }
    await req.payload.db.updateMany({
      collection,
      where,
      data: { isPublic },
      req,
      returning: false,
    })
  }
  await set(visible, true)
  await set(hidden, false)
}
