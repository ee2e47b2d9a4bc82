import type { CollectionAfterChangeHook } from 'payload'

import { isLive, readLiveRow, wasPublicKey } from '../rebuild/liveRow'
import { queueRebuild } from '../rebuild/queueRebuild'

/**
 * Publish, update while published, unpublish, trash and restore change the public site; draft
 * saves and autosaves (which leave the live row alone) never do. Unpublish and trash (also
 * Payload's scheduled unpublish, which updates the article) are takedowns.
 */
export const requestRebuildOnArticleChange: CollectionAfterChangeHook = async ({
  collection,
  doc,
  req,
}) => {
  if (req.context?.skipRebuild) return doc
  const liveNow = isLive(await readLiveRow(req, collection.slug, doc.id))
  // A draft saved over a live article: the live row, and so the public page, did not change.
  if (doc._status !== 'published' && liveNow) return doc
  const wasLive = req.context[wasPublicKey(collection.slug, doc.id)] === true
  if (wasLive || liveNow) {
    const reason = !liveNow
      ? doc.deletedAt
        ? 'trashed'
        : 'unpublished'
      : wasLive
        ? 'updated'
        : 'published'
    const target = { collection: collection.slug, id: doc.id }
    await queueRebuild(req, `${collection.slug} ${reason}`, target, { takedown: !liveNow })
  }
  return doc
}
