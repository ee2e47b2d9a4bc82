import { readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { createDelivery, signDelivery } from '../../content-types/rebuild-webhook'
import { type RebuildWorker } from '../../publisher/src/worker/rebuild-server'
import { deliver, post, publishRequest, SECRET } from './helpers/deliver'
import { makeSandbox } from './helpers/test-worker'

const sandbox = makeSandbox()
let worker: RebuildWorker

beforeAll(async () => {
  sandbox.setContent({ marker: 'first' })
  worker = await sandbox.startWorker()
})
afterAll(async () => {
  await worker.close()
  sandbox.remove()
})

describe('rebuild worker: deliveries', () => {
  test('a signed delivery is accepted with 202, built, validated and switched live', async () => {
    const accepted = await deliver(worker.url)
    expect(accepted.status).toBe(202)
    expect(accepted.body.accepted).toBe(accepted.id)
    await worker.idle()
    const status = await (await fetch(`${worker.url}/status`)).json()
    expect(status).toMatchObject({
      state: 'idle',
      pending: false,
      last: { result: 'ok', pages: 5 },
    })
    expect(status.current).toBe(status.last.id)
    expect(status.last.durationMs).toBe(
      Date.parse(status.last.finishedAt) - Date.parse(status.last.startedAt),
    )
    expect(sandbox.liveIndex()).toContain('marker=first')
  })

  test('the same delivery sent again is refused as a replay (409), and builds nothing', async () => {
    const first = await deliver(worker.url)
    await worker.idle()
    const before = sandbox.builds().length
    const again = await deliver(worker.url, { id: first.id })
    expect(again).toMatchObject({ status: 409, body: { error: 'delivery already received' } })
    await worker.idle()
    expect(sandbox.builds().length).toBe(before)
  })

  test('stale, future-dated, tampered and unsigned deliveries get 401; none starts a build', async () => {
    await worker.idle()
    const before = sandbox.builds().length
    expect(await deliver(worker.url, { now: Date.now() - 6 * 60_000 })).toMatchObject({
      status: 401,
      body: { error: 'stale delivery' },
    })
    expect(await deliver(worker.url, { now: Date.now() + 6 * 60_000 })).toMatchObject({
      status: 401,
      body: { error: 'delivery dated in the future' },
    })
    const signed = createDelivery(SECRET, publishRequest(1))
    const tampered = await post(worker.url, signed.headers, JSON.stringify(publishRequest(2)))
    expect(tampered).toEqual({ status: 401, body: { error: 'signature does not match' } })
    const unsigned = await post(
      worker.url,
      { 'Content-Type': 'application/json' },
      JSON.stringify(publishRequest()),
    )
    expect(unsigned).toEqual({ status: 401, body: { error: 'unsigned delivery' } })
    const otherSecret = await deliver(worker.url, {
      secret: 'not-the-worker-secret-0123456789abcdef',
    })
    expect(otherSecret.status).toBe(401)
    expect((await fetch(`${worker.url}/status`).then((r) => r.json())).pending).toBe(false)
    await worker.idle()
    expect(sandbox.builds().length).toBe(before)
  })

  test('a signed body that is not a rebuild request gets 400; malformed headers get 400', async () => {
    const id = crypto.randomUUID()
    const timestamp = Math.floor(Date.now() / 1000)
    const body = '{"hello":"world"}'
    const headers = { 'X-Bantin-Delivery': id, 'X-Bantin-Timestamp': String(timestamp) }
    const signature = signDelivery(SECRET, { id, timestamp, body })
    expect(
      (await post(worker.url, { ...headers, 'X-Hub-Signature-256': signature }, body)).status,
    ).toBe(400)
    const noId = { 'X-Bantin-Timestamp': String(timestamp), 'X-Hub-Signature-256': signature }
    expect(await post(worker.url, noId, body)).toEqual({
      status: 400,
      body: { error: 'malformed delivery id' },
    })
  })

  test('other methods and paths are refused', async () => {
    expect((await fetch(`${worker.url}/rebuild`)).status).toBe(405)
    expect((await fetch(`${worker.url}/status`, { method: 'POST' })).status).toBe(405)
    expect((await fetch(`${worker.url}/`)).status).toBe(404)
  })

  test('neither /status nor state.json contains the secret', async () => {
    const status = await (await fetch(`${worker.url}/status`)).text()
    const state = readFileSync(path.join(sandbox.releasesDir, 'state.json'), 'utf8')
    expect(status).not.toContain(SECRET)
    expect(state).not.toContain(SECRET)
    expect(JSON.parse(state).last.result).toBe('ok')
  })

  test('a restarted worker still refuses deliveries it saw before the restart', async () => {
    const seen = await deliver(worker.url)
    expect(seen.status).toBe(202)
    await worker.close()
    worker = await sandbox.startWorker()
    expect((await deliver(worker.url, { id: seen.id })).status).toBe(409)
    expect((await deliver(worker.url)).status).toBe(202)
    await worker.idle()
  })
})
