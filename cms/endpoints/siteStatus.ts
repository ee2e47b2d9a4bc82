import type { Endpoint, PayloadRequest } from 'payload'

import { isEditorUser, isStaffUser } from '../access/roles'
import { readProblems } from '../components/build-problems'
import { DELIVER_REBUILD } from '../jobs/deliverRebuild'
import { settings } from '../settings'

/** The worker's `last.problems` reach the dashboard as a clean list ([] from an older worker). */
function withProblems(status: unknown): unknown {
  if (!status || typeof status !== 'object' || !('last' in status)) return status
  const last = status.last as Record<string, unknown> | null
  return last ? { ...status, last: { ...last, problems: readProblems(last.problems) } } : status
}

/** Why the worker's status could not be read; anything else is a fault of ours and is thrown. */
function readFailure(error: unknown): 'timeout' | 'unreachable' | 'invalid answer' | null {
  if (error instanceof DOMException && error.name === 'TimeoutError') return 'timeout'
  // fetch rejects with a TypeError whatever kept the request from an answer (refused, DNS, reset).
  if (error instanceof TypeError && error.message === 'fetch failed') return 'unreachable'
  if (error instanceof SyntaxError) return 'invalid answer'
  return null
}

async function readWorkerStatus(req: PayloadRequest): Promise<unknown> {
  const url = settings.rebuild.statusUrl
  if (!url) return null
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(2000) })
    return res.ok ? withProblems(await res.json()) : { error: `HTTP ${res.status}` }
  } catch (error) {
    const failure = readFailure(error)
    if (!failure) throw error
    const cause = (error as Error & { cause?: Error }).cause?.message ?? (error as Error).message
    req.payload.logger.warn(`site status: the rebuild worker at ${url}: ${failure} (${cause})`)
    return { error: failure }
  }
}

async function readQueue(req: PayloadRequest) {
  const { docs } = await req.payload.find({
    collection: 'payload-jobs',
    where: {
      and: [
        { taskSlug: { equals: DELIVER_REBUILD } },
        { completedAt: { exists: false } },
        { hasError: { not_equals: true } },
      ],
    },
    limit: 100,
    depth: 0,
    req,
  })
  const retrying = docs.filter((job) => (job.totalTried ?? 0) > 0)
  const lastError = retrying
    .flatMap((job) => job.log ?? [])
    .findLast((entry) => entry.state === 'failed')
  return {
    pending: docs.length,
    retrying: retrying.length,
    lastError: lastError?.error
      ? String((lastError.error as { message?: string }).message ?? lastError.error)
      : null,
  }
}

/** GET /api/site/status: the public site's build state for the admin dashboard (staff only). */
export const siteStatusEndpoint: Endpoint = {
  path: '/site/status',
  method: 'get',
  handler: async (req) => {
    if (!isStaffUser(req.user)) return Response.json({ error: 'Forbidden' }, { status: 403 })
    const [worker, queue] = await Promise.all([readWorkerStatus(req), readQueue(req)])
    return Response.json({
      worker,
      queue,
      targets: {
        webhook: Boolean(settings.rebuild.webhook),
        github: Boolean(settings.rebuild.github),
      },
      canRebuild: isEditorUser(req.user),
    })
  },
}
