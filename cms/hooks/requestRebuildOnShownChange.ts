import type { CollectionAfterChangeHook } from 'payload'

import { queueRebuild } from '../rebuild/queueRebuild'

interface Options {
  /** Only these fields appear on public pages; changes elsewhere need no rebuild. */
  fields?: string[]
  /** Only documents the public can see (e.g. media shown by a published article). */
  onlyIf?: (doc: Record<string, unknown>) => boolean
}

/** An author, category or image caption that published pages show was changed. */
export const requestRebuildOnShownChange =
  ({ fields, onlyIf }: Options = {}): CollectionAfterChangeHook =>
  async ({ collection, doc, operation, previousDoc, req }) => {
    if (operation !== 'update' || (onlyIf && !onlyIf(doc))) return doc
    const changed =
      !fields || fields.some((f) => JSON.stringify(doc[f]) !== JSON.stringify(previousDoc?.[f]))
    if (changed)
      await queueRebuild(req, `${collection.slug} updated`, {
        collection: collection.slug,
        id: doc.id,
      })
    return doc
  }
