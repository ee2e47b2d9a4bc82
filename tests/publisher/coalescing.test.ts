import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { type RebuildWorker } from '../../publisher/src/worker/rebuild-server'
import { deliver, publishRequest } from './helpers/deliver'
import { makeSandbox } from './helpers/test-worker'

const sandbox = makeSandbox()
let worker: RebuildWorker

beforeAll(async () => {
  // 600 ms per build: the burst below (20 local requests) arrives while the first build runs.
  worker = await sandbox.startWorker({ sleepMs: 600 })
})
afterAll(async () => {
  await worker.close()
  sandbox.remove()
})

describe('rebuild worker: coalescing', () => {
  test('20 publishes within a second cost at most 2 builds, and the live site has the last one', async () => {
    const statuses: number[] = []
    for (let n = 1; n <= 20; n++) {
      // Each "publish" changes the content, then tells the worker, as the CMS hook does.
      sandbox.setContent({ marker: n })
      statuses.push((await deliver(worker.url, { request: publishRequest(n) })).status)
    }
    expect(statuses).toEqual(Array(20).fill(202))
    expect(await fetch(`${worker.url}/status`).then((r) => r.json())).toMatchObject({
      state: 'building',
      pending: true,
    })

    await worker.idle()
    const builds = sandbox.builds()
    expect(builds.length).toBeGreaterThanOrEqual(1)
    expect(builds.length).toBeLessThanOrEqual(2)
    expect(builds.at(-1)).toBe('20')
    expect(sandbox.liveIndex()).toContain('marker=20<')
    const status = await fetch(`${worker.url}/status`).then((r) => r.json())
    expect(status).toMatchObject({ state: 'idle', pending: false, last: { result: 'ok' } })
    expect(status.last.reason).toContain('article published (articles 20)')
  })
})
