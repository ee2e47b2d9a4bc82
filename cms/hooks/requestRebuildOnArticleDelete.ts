import type { CollectionAfterDeleteHook } from 'payload'

import { isLive } from '../rebuild/liveRow'
import { queueRebuild } from '../rebuild/queueRebuild'

/** Deleting a live article removes a public page (a takedown); deleting a draft or a trashed one does not. */
export const requestRebuildOnArticleDelete: CollectionAfterDeleteHook = async ({
  collection,
  doc,
  req,
}) => {
  if (!isLive(doc)) return doc
  await queueRebuild(
    req,
    `${collection.slug} deleted`,
    { collection: collection.slug, id: doc.id },
    { takedown: true },
  )
  return doc
}
