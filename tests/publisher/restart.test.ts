import { existsSync, mkdirSync } from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'

import { type RebuildWorker } from '../../publisher/src/worker/rebuild-server'
import { currentLink } from '../../publisher/src/releases/store'
import { type StaticServer, startStaticServer } from '../../publisher/src/server/static-server'
import { deliver } from './helpers/deliver'
import { makeSandbox } from './helpers/test-worker'

const sandbox = makeSandbox()
let worker: RebuildWorker | undefined
let site: StaticServer | undefined

afterAll(async () => {
  await worker?.close()
  await site?.close()
  sandbox.remove()
})

describe('rebuild worker: down during a publish, then up again', () => {
  test('a fresh worker keeps serving the live release and builds the latest content on the next delivery', async () => {
    sandbox.setContent({ marker: 'before' })
    const first = await sandbox.startWorker()
    expect((await deliver(first.url)).status).toBe(202)
    await first.idle()
    const before = (await first.status()).current
    await first.close()

    // While the worker is down: content changes (its delivery is lost), and a build cut short
    // by a crash left an unfinished release folder behind.
    sandbox.setContent({ marker: 'after' })
    const unfinished = path.join(sandbox.releasesDir, '29991231-235959-999')
    mkdirSync(unfinished)

    worker = await sandbox.startWorker()
    site = await startStaticServer({
      root: currentLink(sandbox.releasesDir),
      port: 0,
      log: () => {},
    })
    expect(existsSync(unfinished)).toBe(false)
    const status = await worker.status()
    expect(status).toMatchObject({
      state: 'idle',
      current: before,
      last: { id: before, result: 'ok' },
    })
    const served = await fetch(`${site.url}/`)
    expect([served.status, await served.text()]).toEqual([
      200,
      expect.stringContaining('marker=before<'),
    ])

    expect((await deliver(worker.url)).status).toBe(202)
    await worker.idle()
    const after = await worker.status()
    expect(after.last).toMatchObject({ result: 'ok' })
    expect(after.current).not.toBe(before)
    expect(after.current! > before!).toBe(true)
    expect(await (await fetch(`${site.url}/`)).text()).toContain('marker=after<')
    expect(sandbox.builds()).toEqual(['before', 'after'])
  })
})
