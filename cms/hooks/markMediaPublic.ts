import type { CollectionAfterChangeHook } from 'payload'

type Id = number | string

/** Collects the ids of media a rich-text tree shows (upload nodes). */
export function collectUploadIds(node: unknown, into: Set<Id> = new Set()): Set<Id> {
  if (!node || typeof node !== 'object') return into
  const n = node as { type?: string; relationTo?: string; value?: unknown; children?: unknown[]; root?: unknown }
  if (n.type === 'upload' && n.relationTo === 'media') {
    const id = typeof n.value === 'object' && n.value ? (n.value as { id: Id }).id : n.value
    if (typeof id === 'number' || typeof id === 'string') into.add(id)
  }
  for (const child of [n.root, ...(n.children ?? [])]) collectUploadIds(child, into)
  return into
}

const idOf = (v: unknown): Id | null =>
  typeof v === 'number' || typeof v === 'string' ? v : v && typeof v === 'object' ? (v as { id: Id }).id : null

/**
 * Once a published article shows an image, the public may load it. The update shares `req` (and
 * so its context) with the article's save: it must not set flags there, or the hooks that run
 * after it (the rebuild request) would see them. Changing isPublic asks for no rebuild anyway.
 */
export const markMediaPublic: CollectionAfterChangeHook = async ({ doc, req }) => {
  if (doc._status !== 'published') return doc
  const ids = collectUploadIds(doc.body)
  for (const v of [doc.heroImage, doc.seo?.image]) {
    const id = idOf(v)
    if (id !== null) ids.add(id)
  }
  if (ids.size === 0) return doc
  await req.payload.update({
    collection: 'media',
    where: { and: [{ id: { in: [...ids] } }, { isPublic: { not_equals: true } }] },
    data: { isPublic: true },
    req,
  })
  return doc
}
