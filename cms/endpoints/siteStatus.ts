import type { Endpoint, PayloadRequest } from 'payload'

import { hasRole } from '../access/roles'
import { readProblems } from '../components/build-problems'
import { DELIVER_REBUILD } from '../jobs/deliverRebuild'
import { settings } from '../settings'

/** The worker's `last.problems` reach the dashboard as a clean list ([] from an older worker). */
function withProblems(status: unknown): unknown {
  if (!status || typeof status !== 'object' || !('last' in status)) return status
  const last = status.last as Record<string, unknown> | null
  return last ? { ...status, last: { ...last, problems: readProblems(last.problems) } } : status
}

async function readWorkerStatus(): Promise<unknown> {
  if (!settings.rebuild.statusUrl) return null
  try {
    const res = await fetch(settings.rebuild.statusUrl, { signal: AbortSignal.timeout(2000) })
    return res.ok ? withProblems(await res.json()) : { error: `HTTP ${res.status}` }
  } catch {
    return { error: 'unreachable' }
  }
}

async function readQueue(req: PayloadRequest) {
  const { docs } = await req.payload.find({
    collection: 'payload-jobs',
    where: { and: [{ taskSlug: { equals: DELIVER_REBUILD } }, { completedAt: { exists: false } }, { hasError: { not_equals: true } }] },
    limit: 100,
    depth: 0,
    req,
  })
  const retrying = docs.filter((job) => (job.totalTried ?? 0) > 0)
  const lastError = retrying.flatMap((job) => job.log ?? []).findLast((entry) => entry.state === 'failed')
  return { pending: docs.length, retrying: retrying.length, lastError: lastError?.error ? String((lastError.error as { message?: string }).message ?? lastError.error) : null }
}

/** GET /api/site/status: the public site's build state for the admin dashboard (staff only). */
export const siteStatusEndpoint: Endpoint = {
  path: '/site/status',
  method: 'get',
  handler: async (req) => {
    if (!hasRole(req.user, 'reporter', 'editor', 'admin')) return Response.json({ error: 'Forbidden' }, { status: 403 })
    const [worker, queue] = await Promise.all([readWorkerStatus(), readQueue(req)])
    return Response.json({
      worker,
      queue,
      targets: { webhook: Boolean(settings.rebuild.webhook), github: Boolean(settings.rebuild.github) },
      canRebuild: hasRole(req.user, 'editor', 'admin'),
    })
  },
}
