import type { CollectionBeforeChangeHook } from 'payload'

import { readLiveRow } from '../rebuild/liveRow'
import { shownBy } from './publicVisibility'

export const shownBeforeKey = (id: number | string) => `shownBefore:articles:${id}`

/**
 * Notes, before an update, which images and authors the live article showed. Only the live row
 * knows: the document Payload compares with is the latest draft, which may already show others.
 * Unlike rememberPublicState it also runs for imports and seeds (skipRebuild): their articles
 * must make their images public too.
 */
export const rememberShownBefore: CollectionBeforeChangeHook = async ({
  collection,
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation !== 'update' || !originalDoc?.id) return data
  const row = await readLiveRow(req, collection.slug, originalDoc.id)
  req.context[shownBeforeKey(originalDoc.id)] = shownBy(row)
  return data
}
