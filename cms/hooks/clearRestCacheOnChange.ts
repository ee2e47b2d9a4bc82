import type { CollectionAfterChangeHook } from 'payload'

import { clearForWrite } from '../cache/clear-on-write'

/**
 * First afterChange hook of every collection (cms/cache/plugin.ts): the anonymous read cache is
 * empty before the rebuild request is queued. Runs whatever req.context says (seed, import with
 * skipRebuild): every write changes what a read returns.
 */
export const clearRestCacheOnChange: CollectionAfterChangeHook = ({ doc, req }) => {
  clearForWrite(req)
  return doc
}
