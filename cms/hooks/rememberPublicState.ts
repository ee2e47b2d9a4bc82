import type { CollectionBeforeChangeHook } from 'payload'

import { isLive, readLiveRow, wasPublicKey } from '../rebuild/liveRow'

/** Notes, before an update, whether the article was live: unpublishing is only visible by comparison. */
export const rememberPublicState: CollectionBeforeChangeHook = async ({
  collection,
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation !== 'update' || !originalDoc?.id || req.context?.skipRebuild) return data
  const row = await readLiveRow(req, collection.slug, originalDoc.id)
  req.context[wasPublicKey(collection.slug, originalDoc.id)] = isLive(row)
  return data
}
