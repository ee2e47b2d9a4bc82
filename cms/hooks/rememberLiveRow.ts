import type { CollectionBeforeChangeHook } from 'payload'

import { readLiveRow } from '../rebuild/liveRow'

type LiveRow = Awaited<ReturnType<typeof readLiveRow>>

interface Options {
  /** The context key the note is kept under, read back by the collection's afterChange hooks. */
  key: (collection: string, id: number | string) => string
  /** What to note of the live row (null when there is none). */
  note: (row: LiveRow) => unknown
  /** Note nothing for imports and seeds (`req.context.skipRebuild`): they rebuild nothing. */
  skipForImports?: boolean
}

/**
 * A beforeChange hook that notes, before an update, something of the live row. Only the live row
 * knows what the public sees: the document Payload compares with is the latest draft.
 */
export const rememberLiveRow =
  ({ key, note, skipForImports = false }: Options): CollectionBeforeChangeHook =>
  async ({ collection, data, operation, originalDoc, req }) => {
    if (operation !== 'update' || !originalDoc?.id) return data
    if (skipForImports && req.context?.skipRebuild) return data
    const row = await readLiveRow(req, collection.slug, originalDoc.id)
    req.context[key(collection.slug, originalDoc.id)] = note(row)
    return data
  }
