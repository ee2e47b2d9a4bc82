import { randomUUID } from 'node:crypto'
import type { PayloadRequest } from 'payload'

import { DELIVER_REBUILD } from '../jobs/deliverRebuild'

/**
 * Records a rebuild request in the jobs table through `req`, so it commits or rolls back with the
 * change that caused it; nothing is sent before commit. Seed and import pass
 * `context.skipRebuild` and build the site once at the end instead.
 */
export async function queueRebuild(
  req: PayloadRequest,
  reason: string,
  doc?: { collection: string; id: number | string },
): Promise<void> {
  if (req.context?.skipRebuild) return
  await req.payload.jobs.queue({
    task: DELIVER_REBUILD,
    input: {
      deliveryId: randomUUID(),
      reason,
      collection: doc?.collection,
      docId: doc ? String(doc.id) : undefined,
      requestedAt: new Date().toISOString(),
    },
    req,
  })
}
