import { describe, expect, test } from 'vitest'

import {
  createDelivery,
  DELIVERY_HEADER,
  rebuildRequestSchema,
  SIGNATURE_HEADER,
  signDelivery,
  signPayload,
  TIMESTAMP_HEADER,
  verifyDelivery,
} from '../../content-types/rebuild-webhook'

const SECRET = 'protocol-test-secret-0123456789abcdef'
const ID = '3f1c9a52-8d3e-4b7a-9c21-5e6f7a8b9c0d'
const NOW = Date.parse('2025-11-22T08:00:00Z')
const request = {
  reason: 'article published',
  collection: 'articles' as const,
  id: 7,
  requestedAt: '2025-11-22T08:00:00.000Z',
}

/** Node lower-cases incoming header names; the receiver sees them that way. */
const asReceived = (headers: Record<string, string>) =>
  Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]))

describe('rebuild-webhook', () => {
  test('signPayload matches GitHub’s published known-answer vector', () => {
    expect(signPayload("It's a Secret to Everybody", 'Hello, World!')).toBe(
      'sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17',
    )
    expect(signPayload("It's a Secret to Everybody", Buffer.from('Hello, World!'))).toBe(
      'sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17',
    )
  })

  test('signDelivery signs "<id>.<timestamp>.<body>"', () => {
    expect(signDelivery(SECRET, { id: ID, timestamp: 1763798400, body: '{"a":1}' })).toBe(
      signPayload(SECRET, `${ID}.1763798400.{"a":1}`),
    )
  })

  test('a delivery made by createDelivery verifies, from node headers or a Headers object', () => {
    const delivery = createDelivery(SECRET, request, { now: NOW, id: ID })
    expect(delivery.headers[TIMESTAMP_HEADER]).toBe(String(NOW / 1000))
    expect(JSON.parse(delivery.body)).toEqual(request)
    expect(
      verifyDelivery(SECRET, asReceived(delivery.headers), delivery.body, { now: NOW }),
    ).toEqual({ ok: true, id: ID })
    const headers = new Headers(delivery.headers)
    expect(
      verifyDelivery(SECRET, headers, Buffer.from(delivery.body), { now: NOW + 60_000 }),
    ).toEqual({ ok: true, id: ID })
  })

  test('a changed body, id or timestamp, or another secret, breaks the signature (401)', () => {
    const { headers, body } = createDelivery(SECRET, request, { now: NOW, id: ID })
    const received = asReceived(headers)
    const refused = { ok: false, status: 401, reason: 'signature does not match' }
    expect(
      verifyDelivery(SECRET, received, body.replace('"id":7', '"id":8'), { now: NOW }),
    ).toEqual(refused)
    const otherId = { ...received, 'x-bantin-delivery': '00000000-0000-4000-8000-000000000000' }
    expect(verifyDelivery(SECRET, otherId, body, { now: NOW })).toEqual(refused)
    const otherTime = { ...received, 'x-bantin-timestamp': String(NOW / 1000 + 1) }
    expect(verifyDelivery(SECRET, otherTime, body, { now: NOW })).toEqual(refused)
    expect(
      verifyDelivery('another-secret-0123456789abcdef0123', received, body, { now: NOW }),
    ).toEqual(refused)
  })

  test('deliveries older or newer than five minutes are refused as stale (401)', () => {
    const { headers, body } = createDelivery(SECRET, request, { now: NOW, id: ID })
    const received = asReceived(headers)
    expect(verifyDelivery(SECRET, received, body, { now: NOW + 300_000 }).ok).toBe(true)
    expect(verifyDelivery(SECRET, received, body, { now: NOW + 301_000 })).toEqual({
      ok: false,
      status: 401,
      reason: 'stale delivery',
    })
    expect(verifyDelivery(SECRET, received, body, { now: NOW - 301_000 })).toEqual({
      ok: false,
      status: 401,
      reason: 'delivery dated in the future',
    })
    expect(
      verifyDelivery(SECRET, received, body, { now: NOW + 61_000, maxAgeSeconds: 60 }).ok,
    ).toBe(false)
  })

  test('unsigned deliveries get 401, malformed ids and timestamps 400, odd signatures 401 without throwing', () => {
    const { headers, body } = createDelivery(SECRET, request, { now: NOW, id: ID })
    const received = asReceived(headers)
    const without = (name: string) =>
      Object.fromEntries(Object.entries(received).filter(([key]) => key !== name))
    expect(
      verifyDelivery(SECRET, without('x-hub-signature-256'), body, { now: NOW }),
    ).toMatchObject({ status: 401, reason: 'unsigned delivery' })
    expect(
      verifyDelivery(SECRET, without(DELIVERY_HEADER.toLowerCase()), body, { now: NOW }),
    ).toMatchObject({ status: 400 })
    expect(
      verifyDelivery(SECRET, { ...received, 'x-bantin-delivery': 'not-a-uuid' }, body, {
        now: NOW,
      }),
    ).toMatchObject({ status: 400 })
    expect(
      verifyDelivery(SECRET, { ...received, 'x-bantin-timestamp': '1.5e9' }, body, { now: NOW }),
    ).toMatchObject({ status: 400 })
    for (const signature of [
      'sha256=abc',
      'sha1=' + 'a'.repeat(40),
      received[SIGNATURE_HEADER.toLowerCase()].toUpperCase(),
    ]) {
      expect(
        verifyDelivery(SECRET, { ...received, 'x-hub-signature-256': signature }, body, {
          now: NOW,
        }),
      ).toMatchObject({
        ok: false,
        status: 401,
      })
    }
  })

  test('the body schema wants a reason and an ISO requestedAt', () => {
    expect(rebuildRequestSchema.parse(request)).toEqual(request)
    expect(rebuildRequestSchema.safeParse({ reason: 'x', requestedAt: 'yesterday' }).success).toBe(
      false,
    )
    expect(rebuildRequestSchema.safeParse({ requestedAt: request.requestedAt }).success).toBe(false)
  })

  test('a takedown is `takedown: true` with the collection and id of the document, nothing less', () => {
    const takedown = { ...request, reason: 'articles unpublished', takedown: true }
    expect(rebuildRequestSchema.parse(takedown)).toEqual(takedown)
    const { id: _id, ...withoutId } = takedown
    const { collection: _collection, ...withoutCollection } = takedown
    expect(rebuildRequestSchema.safeParse(withoutId).success).toBe(false)
    expect(rebuildRequestSchema.safeParse(withoutCollection).success).toBe(false)
    expect(rebuildRequestSchema.safeParse({ ...takedown, takedown: 'yes' }).success).toBe(false)
    expect(rebuildRequestSchema.safeParse({ ...takedown, takedown: false }).success).toBe(false)
  })

  test('the collection is one the site shows, never a name such as __proto__', () => {
    for (const collection of ['articles', 'authors', 'categories', 'media']) {
      expect(rebuildRequestSchema.parse({ ...request, collection }).collection).toBe(collection)
    }
    for (const collection of ['__proto__', 'constructor', 'users', '']) {
      const takedown = { ...request, collection, id: 'toString', takedown: true }
      expect([collection, rebuildRequestSchema.safeParse(takedown).success]).toEqual([
        collection,
        false,
      ])
    }
  })
})
