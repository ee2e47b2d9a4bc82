import type { CollectionAfterDeleteHook } from 'payload'

import { clearForWrite } from '../cache/clear-on-write'

/** First afterDelete hook of every collection; like clearRestCacheOnChange, whatever req.context says. */
export const clearRestCacheOnDelete: CollectionAfterDeleteHook = ({ doc, req }) => {
  clearForWrite(req)
  return doc
}
