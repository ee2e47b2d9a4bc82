import { createDelivery, type RebuildRequest } from '@bantin/content-types/rebuild-webhook'

import type { RebuildTargets } from '../env-rebuild'

const TIMEOUT_MS = 10_000

async function post(url: string, init: RequestInit): Promise<Response> {
  return fetch(url, { ...init, method: 'POST', signal: AbortSignal.timeout(TIMEOUT_MS) })
}

/** The signed webhook; 409 means the receiver already has this delivery (an earlier try got through). */
async function deliverWebhook(
  target: NonNullable<RebuildTargets['webhook']>,
  request: RebuildRequest,
  id: string,
) {
  const delivery = createDelivery(target.secret, request, { id })
  const res = await post(target.url, { headers: delivery.headers, body: delivery.body })
  if (!res.ok && res.status !== 409)
    throw new Error(`${target.url} answered ${res.status}: ${await res.text()}`)
}

async function deliverGithub(
  target: NonNullable<RebuildTargets['github']>,
  request: RebuildRequest,
) {
  const url = `${target.apiUrl}/repos/${target.repo}/dispatches`
  const res = await post(url, {
    headers: {
      Accept: 'application/vnd.github+json',
      Authorization: `Bearer ${target.token}`,
      'Content-Type': 'application/json',
      'X-GitHub-Api-Version': '2022-11-28',
    },
    body: JSON.stringify({ event_type: target.eventType, client_payload: request }),
  })
  if (res.status !== 204) throw new Error(`${url} answered ${res.status}: ${await res.text()}`)
}

/**
 * Sends one rebuild request to every configured target. Throws when any target fails, so the job
 * is retried; a target that already succeeded accepts the repeat (webhook: same delivery id).
 */
export async function deliverRebuild(
  targets: RebuildTargets,
  request: RebuildRequest,
  deliveryId: string,
) {
  const failures: string[] = []
  const sends = [
    targets.webhook && deliverWebhook(targets.webhook, request, deliveryId),
    targets.github && deliverGithub(targets.github, request),
  ].filter((p): p is Promise<void> => Boolean(p))
  for (const result of await Promise.allSettled(sends)) {
    if (result.status === 'rejected') failures.push((result.reason as Error).message)
  }
  if (failures.length) throw new Error(`rebuild delivery failed: ${failures.join('; ')}`)
}
