import type { CollectionBeforeOperationHook } from 'payload'

import { isStaffUser } from '../access/roles'

/**
 * What one REST read may ask for. The site build reads 50 articles a page at depth 1, authors and
 * categories 200 a page at depth 0 (they page on at 100), and id lists 1,000 a page. The admin's
 * own screens read through the Local API, which is not capped; its browser code asks REST for
 * `limit=0` only to count (the trash), and `totalDocs` stays right.
 */
const PUBLIC_READS = { limit: 100, idListLimit: 1000, depth: 2 }
const STAFF_READS = { limit: 500, idListLimit: 1000, depth: 3 }

const LIST_OPERATIONS = new Set(['read', 'readDistinct', 'findVersions'])

type ReadArgs = {
  limit?: unknown
  depth?: unknown
  pagination?: unknown
  select?: unknown
  id?: unknown
}

/** `select[id]=true` and nothing else: rows of a few bytes each. */
const selectsOnlyId = (select: unknown): boolean =>
  !!select &&
  typeof select === 'object' &&
  Object.entries(select).every(([key, on]) => key === 'id' && on === true)

/**
 * `?limit=0` and `?pagination=false` mean "everything" to Payload: one anonymous request could
 * return every article with its body (15.9 MB with three large ones) and starve the other readers.
 * Over REST, lists are always paged, at most `limit` a page, and relations opened at most `depth`
 * deep; a larger ask is served as the largest allowed (the answer's `limit` and `nextPage` say so),
 * so paging clients keep working. Whatever req.context says: it is a request's shape, not a write.
 */
export const boundRestReads: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (req.payloadAPI !== 'REST') return args
  const bounds = isStaffUser(req.user) ? STAFF_READS : PUBLIC_READS
  const read = args as ReadArgs
  const depth = Number(read.depth)
  if (
    read.depth !== undefined &&
    !(Number.isInteger(depth) && depth >= 0 && depth <= bounds.depth)
  ) {
    read.depth = bounds.depth
  }
  if (LIST_OPERATIONS.has(operation) && read.id === undefined) {
    const max = selectsOnlyId(read.select) ? bounds.idListLimit : bounds.limit
    const limit = Number(read.limit)
    const wantsAll = read.pagination === false || read.pagination === 'false'
    read.pagination = true
    if (Number.isInteger(limit) && limit > 0 && limit <= max) read.limit = limit
    else if (read.limit !== undefined || wantsAll) read.limit = max
  }
  return args
}
