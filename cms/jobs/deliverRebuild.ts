import type { TaskConfig } from 'payload'

import { rebuildRequestSchema } from '@bantin/content-types/rebuild-webhook'

import { deliverRebuild } from '../rebuild/deliver'
import { settings } from '../settings'

export const DELIVER_REBUILD = 'deliverRebuild'

/**
 * The outbox of rebuild requests: queued in the same transaction as the change that needs it,
 * run after commit by the jobs runner, retried with exponential backoff (1 s, 2 s, 4 s … about
 * 12 days in all) until a target accepts it.
 */
export const deliverRebuildTask: TaskConfig<{
  input: {
    deliveryId: string
    reason: string
    collection?: string
    docId?: string
    takedown?: boolean
    requestedAt: string
  }
  output: { delivered: boolean }
}> = {
  slug: DELIVER_REBUILD,
  label: 'Yêu cầu xây dựng lại trang',
  retries: { attempts: 20, backoff: { type: 'exponential', delay: 1000 } },
  inputSchema: [
    { name: 'deliveryId', type: 'text', required: true },
    { name: 'reason', type: 'text', required: true },
    { name: 'collection', type: 'text' },
    { name: 'docId', type: 'text' },
    { name: 'takedown', type: 'checkbox' },
    { name: 'requestedAt', type: 'text', required: true },
  ],
  outputSchema: [{ name: 'delivered', type: 'checkbox' }],
  handler: async ({ input }) => {
    const { deliveryId, docId, collection, reason, takedown, requestedAt } = input
    // Checked here as the worker checks it: only the site's collections are sent.
    const request = rebuildRequestSchema.parse({
      reason,
      collection,
      id: docId ?? undefined,
      requestedAt,
      ...(takedown ? { takedown: true as const } : {}),
    })
    await deliverRebuild(settings.rebuild, request, deliveryId)
    return { output: { delivered: true } }
  },
}
