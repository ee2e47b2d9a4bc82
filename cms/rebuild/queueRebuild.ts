import { randomUUID } from 'node:crypto'
import type { PayloadRequest } from 'payload'

import { DELIVER_REBUILD } from '../jobs/deliverRebuild'

/**
 * Records a rebuild request in the jobs table through `req`, so it commits or rolls back with the
 * change that caused it; nothing is sent before commit. Seed and import pass
 * `context.skipRebuild` and build the site once at the end instead. `takedown` marks a change
 * that removes the document from the public site: the worker then takes its page down at once,
 * without waiting for a build (which may be failing).
 */
export async function queueRebuild(
  req: PayloadRequest,
  reason: string,
  doc?: { collection: string; id: number | string },
  { takedown = false }: { takedown?: boolean } = {},
): Promise<void> {
  if (req.context?.skipRebuild) return
  await req.payload.jobs.queue({
    task: DELIVER_REBUILD,
    input: {
      deliveryId: randomUUID(),
      reason,
      collection: doc?.collection,
      docId: doc ? String(doc.id) : undefined,
      takedown: takedown && doc ? true : undefined,
      requestedAt: new Date().toISOString(),
    },
    req,
  })
}
