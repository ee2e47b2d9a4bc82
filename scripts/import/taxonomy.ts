import type { Payload } from 'payload'

import type { Id } from '@bantin/content-types/id'

const context = { skipRebuild: true }

const DEFAULT_CATEGORY = { slug: 'tin-tuc-su-kien', name: 'Tin tức – Sự kiện' }
const NEW_AUTHOR_UNIT = 'Công an tỉnh'

export class UnknownCategoryError extends Error {
  override name = 'UnknownCategoryError'
}

async function findCategoryId(payload: Payload, slug: string): Promise<Id | null> {
  const { docs } = await payload.find({
    collection: 'categories',
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 0,
  })
  return docs[0]?.id ?? null
}

/**
 * The category articles go to: the one named on the command line (which must exist, so a typo
 * never creates a stray section), else the default news section, created on first use.
 */
export async function resolveCategory(payload: Payload, slug: string | undefined): Promise<Id> {
  if (slug) {
    const id = await findCategoryId(payload, slug)
    if (id === null) {
      const { docs } = await payload.find({
        collection: 'categories',
        limit: 100,
        depth: 0,
        sort: 'slug',
      })
      const known = docs.map((c) => c.slug).join(', ') || '(chưa có chuyên mục nào)'
      throw new UnknownCategoryError(
        `Không có chuyên mục “${slug}”. Các chuyên mục hiện có: ${known}`,
      )
    }
    return id
  }
  const id = await findCategoryId(payload, DEFAULT_CATEGORY.slug)
  if (id !== null) return id
  const created = await payload.create({
    collection: 'categories',
    data: DEFAULT_CATEGORY,
    context,
  })
  return created.id
}

/**
 * Bylines are how the old portal named authors; an unknown one becomes a new author record. With
 * `known` (the batch's authors by byline) only a new byline costs a query.
 */
export async function ensureAuthor(
  payload: Payload,
  byline: string,
  known?: Map<string, Id>,
): Promise<Id> {
  const key = byline.normalize('NFC')
  const cached = known?.get(key)
  if (cached !== undefined) return cached
  const { docs } = await payload.find({
    collection: 'authors',
    where: { byline: { equals: key } },
    limit: 1,
    depth: 0,
  })
  const id =
    docs[0]?.id ??
    (
      await payload.create({
        collection: 'authors',
        data: { fullName: byline, byline, unit: NEW_AUTHOR_UNIT },
        context,
      })
    ).id
  known?.set(key, id)
  return id
}
