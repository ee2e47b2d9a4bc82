/**
 * The signed rebuild request the CMS sends to the rebuild worker (docs/publishing.md). Shared so
 * that sender and receiver cannot drift apart. The signature covers `${id}.${timestamp}.${body}`:
 * binding the delivery id and the time into it is what lets the receiver refuse replays and stale
 * copies without trusting any unsigned header.
 */
import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto'
import { z } from 'zod'

import { siteCollectionSchema } from './build-problem'

export const DELIVERY_HEADER = 'X-Bantin-Delivery'
export const TIMESTAMP_HEADER = 'X-Bantin-Timestamp'
export const SIGNATURE_HEADER = 'X-Hub-Signature-256'
const DEFAULT_MAX_AGE_SECONDS = 300

const REBUILD_SECRET_MIN_LENGTH = 32

/**
 * The one rule for REBUILD_SECRET, applied by the CMS (the sender) and the publisher (the
 * receiver) alike. The value is used as written, never trimmed, so both sign with the same bytes;
 * a value of nothing but spaces counts as unset, since refusing to start beats accepting anyone.
 * Returns what is wrong, or null.
 */
export function rebuildSecretProblem(value: string | undefined): 'missing' | 'too short' | null {
  if (value === undefined || value.trim() === '') return 'missing'
  return value.length < REBUILD_SECRET_MIN_LENGTH ? 'too short' : null
}

export const rebuildRequestSchema = z
  .object({
    reason: z.string().min(1),
    /** Only the site's collections: the worker looks the name up in `.pages.json`. */
    collection: siteCollectionSchema.optional(),
    id: z.union([z.string(), z.number()]).optional(),
    /**
     * The change removed this document from the public site (unpublish, trash, delete, scheduled
     * unpublish): the worker takes its pages down from the live release at once, without waiting
     * for a build.
     */
    takedown: z.literal(true).optional(),
    requestedAt: z.iso.datetime({ offset: true }),
  })
  .refine((request) => !request.takedown || (request.collection && request.id !== undefined), {
    message: 'a takedown names the collection and id of the document',
  })
export type RebuildRequest = z.infer<typeof rebuildRequestSchema>

type Verification = { ok: true; id: string } | { ok: false; status: 400 | 401; reason: string }

type HeaderSource = Headers | Record<string, string | string[] | undefined>

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const SIGNATURE = /^sha256=[0-9a-f]{64}$/

/** GitHub-style webhook signature: `sha256=` + hex HMAC-SHA256 of the payload. */
export function signPayload(secret: string, payload: string | Buffer): string {
  return `sha256=${createHmac('sha256', secret).update(payload).digest('hex')}`
}

export function signDelivery(
  secret: string,
  delivery: { id: string; timestamp: number; body: string | Buffer },
): string {
  const prefix = `${delivery.id}.${delivery.timestamp}.`
  return signPayload(secret, Buffer.concat([Buffer.from(prefix), Buffer.from(delivery.body)]))
}

/** The headers that sign one JSON `body` for the worker (`POST /rebuild`, `POST /preview`). */
export function signedHeaders(
  secret: string,
  body: string,
  { now = Date.now(), id = randomUUID() }: { now?: number; id?: string } = {},
): Record<string, string> {
  const timestamp = Math.floor(now / 1000)
  return {
    'Content-Type': 'application/json',
    [DELIVERY_HEADER]: id,
    [TIMESTAMP_HEADER]: String(timestamp),
    [SIGNATURE_HEADER]: signDelivery(secret, { id, timestamp, body }),
  }
}

/** Everything the sender needs for one POST: the JSON body and the three headers. */
export function createDelivery(
  secret: string,
  request: RebuildRequest,
  { now = Date.now(), id = randomUUID() }: { now?: number; id?: string } = {},
): { id: string; body: string; headers: Record<string, string> } {
  const body = JSON.stringify(request)
  return { id, body, headers: signedHeaders(secret, body, { now, id }) }
}

function readHeader(headers: HeaderSource, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined
  const value = headers[name.toLowerCase()] ?? headers[name]
  return Array.isArray(value) ? undefined : value
}

/** Checks a received delivery. `now` is in ms, injectable so tests can move the clock. */
export function verifyDelivery(
  secret: string,
  headers: HeaderSource,
  rawBody: string | Buffer,
  {
    now = Date.now(),
    maxAgeSeconds = DEFAULT_MAX_AGE_SECONDS,
  }: { now?: number; maxAgeSeconds?: number } = {},
): Verification {
  const signature = readHeader(headers, SIGNATURE_HEADER)
  const id = readHeader(headers, DELIVERY_HEADER)
  const timestamp = readHeader(headers, TIMESTAMP_HEADER)
  if (!signature) return { ok: false, status: 401, reason: 'unsigned delivery' }
  if (!id || !UUID.test(id)) return { ok: false, status: 400, reason: 'malformed delivery id' }
  if (!timestamp || !/^\d{1,12}$/.test(timestamp)) {
    return { ok: false, status: 400, reason: 'malformed timestamp' }
  }
  if (!SIGNATURE.test(signature)) return { ok: false, status: 401, reason: 'malformed signature' }

  const expected = Buffer.from(
    signDelivery(secret, { id, timestamp: Number(timestamp), body: rawBody }),
  )
  const received = Buffer.from(signature)
  // timingSafeEqual throws on unequal lengths; the format check above makes them equal, but
  // checking again keeps this safe if the format rule ever changes.
  if (expected.length !== received.length || !timingSafeEqual(expected, received)) {
    return { ok: false, status: 401, reason: 'signature does not match' }
  }
  // Only after the signature holds is the timestamp trusted enough to judge its age.
  const ageSeconds = now / 1000 - Number(timestamp)
  if (ageSeconds > maxAgeSeconds) return { ok: false, status: 401, reason: 'stale delivery' }
  if (ageSeconds < -maxAgeSeconds)
    return { ok: false, status: 401, reason: 'delivery dated in the future' }
  return { ok: true, id: id.toLowerCase() }
}
