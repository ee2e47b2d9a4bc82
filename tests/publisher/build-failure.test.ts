import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { type RebuildWorker, type WorkerStatus } from '../../publisher/src/worker/rebuild-server'
import { deliver } from './helpers/deliver'
import { makeSandbox } from './helpers/test-worker'

const CANARY = 'BANTIN-DRAFT-CANARY-91c4'
const sandbox = makeSandbox()
let worker: RebuildWorker
let goodRelease: string

const status = (): Promise<WorkerStatus> => fetch(`${worker.url}/status`).then((r) => r.json())

async function publish(): Promise<WorkerStatus> {
  expect((await deliver(worker.url)).status).toBe(202)
  await worker.idle()
  return status()
}

/** After a refused build: the good release is still live and the refused one is set aside. */
async function expectGoodReleaseLive(failed: WorkerStatus) {
  expect(failed.current).toBe(goodRelease)
  expect(sandbox.liveIndex()).toContain('marker=good<')
  expect(existsSync(path.join(sandbox.releasesDir, `failed-${failed.last!.id}`))).toBe(true)
  expect(existsSync(path.join(sandbox.releasesDir, failed.last!.id))).toBe(false)
  const state = JSON.parse(readFileSync(path.join(sandbox.releasesDir, 'state.json'), 'utf8'))
  expect(state.last).toEqual(failed.last)
}

beforeAll(async () => {
  worker = await sandbox.startWorker({ canary: CANARY })
  sandbox.setContent({ marker: 'good', pages: 10 })
  const good = await publish()
  expect(good.last).toMatchObject({ result: 'ok', pages: 12 })
  goodRelease = good.current!
})
afterAll(async () => {
  await worker.close()
  sandbox.remove()
})

describe('rebuild worker: failed builds never go live', () => {
  test('a build command that exits 1', async () => {
    sandbox.setContent({ marker: 'broken', pages: 10, fail: true })
    const failed = await publish()
    expect(failed.last).toMatchObject({ result: 'failed', pages: null })
    expect(failed.last!.error).toContain('build command failed (exit 1)')
    expect(failed.last!.error).toContain('fake build: the CMS answered 500')
    await expectGoodReleaseLive(failed)
  })

  test('a page with a broken internal link', async () => {
    sandbox.setContent({ marker: 'link', pages: 10, brokenLink: true })
    const failed = await publish()
    expect(failed.last).toMatchObject({ result: 'failed', pages: 12 })
    expect(failed.last!.error).toContain(
      '1 broken internal link(s): /tin-tuc/khong-co/ (in index.html)',
    )
    await expectGoodReleaseLive(failed)
  })

  test('a page containing the draft canary', async () => {
    sandbox.setContent({ marker: 'leak', pages: 10, text: `<p>${CANARY}</p>` })
    const failed = await publish()
    expect(failed.last!.error).toContain('draft canary found in 12 file(s)')
    await expectGoodReleaseLive(failed)
  })

  test('a page count that dropped by more than half', async () => {
    sandbox.setContent({ marker: 'empty', pages: 1 })
    const failed = await publish()
    expect(failed.last!.error).toContain('page count dropped from 12 to 3 (more than half)')
    await expectGoodReleaseLive(failed)
    expect(
      readdirSync(sandbox.releasesDir).filter((name) => name.startsWith('failed-')),
    ).toHaveLength(1)
  })

  test('the next good build goes live again', async () => {
    sandbox.setContent({ marker: 'fixed', pages: 10 })
    const fixed = await publish()
    expect(fixed.last).toMatchObject({ result: 'ok', pages: 12 })
    expect(fixed.current).toBe(fixed.last!.id)
    expect(sandbox.liveIndex()).toContain('marker=fixed<')
  })
})
