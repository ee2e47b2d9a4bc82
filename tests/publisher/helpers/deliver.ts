import { randomUUID } from 'node:crypto'

import { createDelivery, type RebuildRequest } from '../../../content-types/rebuild-webhook'

export const SECRET = 'worker-test-secret-0123456789abcdef0123456789'

export const publishRequest = (id: number | string = 1): RebuildRequest => ({
  reason: 'article published',
  collection: 'articles',
  id,
  requestedAt: new Date().toISOString(),
})

/** What the CMS sends when an article leaves the public site (unpublish, trash, delete). */
export const takedownRequest = (
  id: number | string,
  reason = 'articles unpublished',
): RebuildRequest => ({
  reason,
  collection: 'articles',
  id: String(id),
  takedown: true,
  requestedAt: new Date().toISOString(),
})

/** POSTs one signed delivery as the CMS does; `now` and `id` forge stale or replayed ones. */
export async function deliver(
  workerUrl: string,
  {
    request = publishRequest(),
    now = Date.now(),
    id = randomUUID() as string,
    secret = SECRET,
  } = {},
): Promise<{ status: number; body: Record<string, unknown>; id: string }> {
  const delivery = createDelivery(secret, request, { now, id })
  const res = await fetch(`${workerUrl}/rebuild`, {
    method: 'POST',
    headers: delivery.headers,
    body: delivery.body,
  })
  return { status: res.status, body: await res.json(), id }
}

/** POSTs arbitrary headers and body, for deliveries no honest sender makes. */
export async function post(workerUrl: string, headers: Record<string, string>, body: string) {
  const res = await fetch(`${workerUrl}/rebuild`, { method: 'POST', headers, body })
  return { status: res.status, body: (await res.json()) as Record<string, unknown> }
}
