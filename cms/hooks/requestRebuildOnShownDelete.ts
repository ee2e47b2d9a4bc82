import type { CollectionAfterDeleteHook } from 'payload'

import { queueRebuild } from '../rebuild/queueRebuild'

/** Removing an author, category or public image changes the pages that showed it. */
export const requestRebuildOnShownDelete =
  (onlyIf?: (doc: Record<string, unknown>) => boolean): CollectionAfterDeleteHook =>
  async ({ collection, doc, req }) => {
    if (!onlyIf || onlyIf(doc))
      await queueRebuild(req, `${collection.slug} deleted`, {
        collection: collection.slug,
        id: doc.id,
      })
    return doc
  }
