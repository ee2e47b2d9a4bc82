import type { PayloadRequest } from 'payload'

import { restReadCache } from './rest-read-cache'

type TransactionID = number | string

// Transactions (PostgreSQL, MongoDB) that wrote a document: their commit clears the cache again.
const GLOBAL_KEY = Symbol.for('bantin.restReadCache.writingTransactions')
const holder = globalThis as typeof globalThis & { [GLOBAL_KEY]?: Set<TransactionID> }
const writing: Set<TransactionID> = (holder[GLOBAL_KEY] ??= new Set())

/**
 * A document was written through `req`. Clears the anonymous read cache at once, so that it is
 * empty before any later hook (the rebuild request) runs. Inside a transaction the new data is not
 * yet visible to other connections, and a read in between could store the old data again: the
 * transaction is remembered and its commit (or rollback) clears once more (`clearAfterCommit`).
 */
export function clearForWrite(req: PayloadRequest): void {
  restReadCache.clear()
  const id = req.transactionID
  if (typeof id === 'string' || typeof id === 'number') writing.add(id)
}

interface TransactionalAdapter {
  commitTransaction: (id: TransactionID) => Promise<void>
  rollbackTransaction: (id: TransactionID) => Promise<void>
}

/**
 * Wraps the database adapter's commit and rollback (once, on init): when a transaction that wrote
 * a document ends, the cache is cleared after the data became visible (or was rolled back).
 */
export function clearAfterCommit(db: TransactionalAdapter): void {
  const marked = db as TransactionalAdapter & { [GLOBAL_KEY]?: true }
  if (marked[GLOBAL_KEY]) return
  marked[GLOBAL_KEY] = true
  for (const method of ['commitTransaction', 'rollbackTransaction'] as const) {
    const original = db[method]
    if (typeof original !== 'function') continue
    db[method] = async function (this: unknown, id: TransactionID) {
      try {
        await original.call(this, id)
      } finally {
        if (writing.delete(id)) restReadCache.clear()
      }
    }
  }
}
