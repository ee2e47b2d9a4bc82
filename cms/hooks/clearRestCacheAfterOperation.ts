import type { CollectionAfterOperationHook } from 'payload'

import { clearForWrite } from '../cache/clear-on-write'

const WRITES = new Set(['create', 'update', 'updateByID', 'delete', 'deleteByID', 'restoreVersion'])

/**
 * Clears again once a write operation is over: afterChange hooks themselves write (markMediaPublic
 * updates images after the article's own clear), and a read in between could have stored them.
 * Whatever req.context says.
 */
export const clearRestCacheAfterOperation: CollectionAfterOperationHook = ({
  operation,
  req,
  result,
}) => {
  if (WRITES.has(operation)) clearForWrite(req)
  return result
}
