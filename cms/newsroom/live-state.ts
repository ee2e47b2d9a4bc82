import type { PayloadRequest } from 'payload'

import { settings } from '../settings'
import { publicArticleUrl } from './links'

export interface LiveState {
  /** The live row is published and not in the trash. */
  published: boolean
  url: string | null
  /** The public site answers 200 at that address with a build finished after the last publish. */
  served: boolean
  /** The rebuild worker is building or has a build waiting. */
  building: boolean
}

type WorkerStatus = { state?: string; pending?: boolean; last?: { finishedAt?: string } | null }

async function workerStatus(): Promise<WorkerStatus | null> {
  if (!settings.rebuild.statusUrl) return null
  const res = await fetch(settings.rebuild.statusUrl, { signal: AbortSignal.timeout(2000) }).catch(
    () => null,
  )
  return res?.ok ? ((await res.json()) as WorkerStatus) : null
}

async function answers(url: string): Promise<boolean> {
  const res = await fetch(url, {
    method: 'HEAD',
    redirect: 'manual',
    signal: AbortSignal.timeout(3000),
  }).catch(() => null)
  return res?.status === 200
}

/**
 * After Publish: is the article's page on the public site yet? Asked by the edit screen every few
 * seconds. A page that answers but predates the publish (an update of a live article) is not
 * "served" until the worker reports a build finished after the article's last save.
 */
export async function liveState(req: PayloadRequest, id: number): Promise<LiveState> {
  const row = await req.payload.db.findOne<{
    id: number
    _status?: string
    deletedAt?: string | null
    slug?: string | null
    updatedAt: string
  }>({
    collection: 'articles',
    where: { id: { equals: id } },
    req,
  })
  const published = row?._status === 'published' && !row.deletedAt
  if (!row || !published || !row.slug)
    return { published: false, url: null, served: false, building: false }
  const url = publicArticleUrl(row.slug)
  const [worker, up] = await Promise.all([workerStatus(), answers(url)])
  const building = worker?.state === 'building' || worker?.pending === true
  const builtAfter =
    !worker?.last?.finishedAt || Date.parse(worker.last.finishedAt) >= Date.parse(row.updatedAt)
  return { published, url, served: up && builtAfter && !building, building }
}
