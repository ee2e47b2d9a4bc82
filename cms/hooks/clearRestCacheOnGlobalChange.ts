import type { GlobalAfterChangeHook } from 'payload'

import { clearForWrite } from '../cache/clear-on-write'

/** First afterChange hook of every global; like clearRestCacheOnChange, whatever req.context says. */
export const clearRestCacheOnGlobalChange: GlobalAfterChangeHook = ({ doc, req }) => {
  clearForWrite(req)
  return doc
}
