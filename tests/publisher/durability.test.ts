import { existsSync } from 'node:fs'
import { afterEach, describe, expect, test } from 'vitest'

import { type RebuildWorker } from '../../publisher/src/worker/rebuild-server'
import { currentLink, switchCurrent } from '../../publisher/src/releases/store'
import { type StaticServer, startStaticServer } from '../../publisher/src/server/static-server'
import { deliver, takedownRequest } from './helpers/deliver'
import { makeSandbox } from './helpers/test-worker'
import { waitFor } from './helpers/wait-for'

let sandbox: ReturnType<typeof makeSandbox>
const workers: RebuildWorker[] = []
let site: StaticServer | undefined

async function start(options: Parameters<typeof sandbox.startWorker>[0] = {}) {
  const worker = await sandbox.startWorker(options)
  workers.push(worker)
  return worker
}
const serveSite = async () =>
  (site = await startStaticServer({
    root: currentLink(sandbox.releasesDir),
    port: 0,
    log: () => {},
  }))
const statusOf = async (url: string) => (await fetch(`${site!.url}${url}`)).status

afterEach(async () => {
  for (const worker of workers.splice(0)) await worker.close()
  await site?.close()
  site = undefined
  sandbox?.remove()
})

describe('no publish is lost', () => {
  test('a failing build is retried with growing delays until the CMS answers, then goes live unasked', async () => {
    sandbox = makeSandbox()
    const worker = await start({ retryDelayMs: 200, maxRetryDelayMs: 800 })
    sandbox.setContent({ marker: 'cms-down', fail: true })
    await deliver(worker.url)
    const starts: number[] = []
    let seen = 0
    await waitFor(async () => {
      const count = sandbox.builds().length
      if (count > seen) starts.push(...Array(count - seen).fill(Date.now()))
      seen = count
      return count >= 5
    }, 15_000)
    const gaps = starts.slice(1).map((at, i) => at - starts[i])
    // 200, 400, 800, 800 ms of waiting (capped), each plus the build's own run time.
    for (const [i, wait] of [200, 400, 800, 800].entries()) {
      expect(gaps[i]).toBeGreaterThanOrEqual(wait)
      // Each gap also holds a fake build's start, which a loaded CI machine can make slow.
      expect(gaps[i]).toBeLessThan(wait + 5000)
    }
    // Between two tries the status says when the next one starts.
    await waitFor(async () => (await worker.status()).retry !== null, 3000)
    const status = await worker.status()
    expect(status.last).toMatchObject({ result: 'failed' })
    expect(status.retry!.attempt).toBeGreaterThanOrEqual(5)
    expect(Date.parse(status.retry!.at) - Date.now()).toBeLessThanOrEqual(800)

    sandbox.setContent({ marker: 'cms-back' })
    const live = () => existsSync(currentLink(sandbox.releasesDir)) && sandbox.liveIndex()
    await waitFor(async () => (live() || '').includes('marker=cms-back<'), 5000)
    // The record of the build that switched is written just after the switch; no retry follows it.
    await waitFor(async () => (await worker.status()).last?.result === 'ok', 2000)
    expect((await worker.status()).retry).toBeNull()
  })

  test('a new request while a retry waits starts a build at once', async () => {
    sandbox = makeSandbox()
    const worker = await start({ retryDelayMs: 60_000 })
    sandbox.setContent({ marker: 'broken', fail: true })
    await deliver(worker.url)
    await waitFor(async () => (await worker.status()).retry !== null, 5000)
    sandbox.setContent({ marker: 'next' })
    const sent = Date.now()
    await deliver(worker.url)
    await waitFor(async () => existsSync(currentLink(sandbox.releasesDir)), 5000)
    expect(sandbox.liveIndex()).toContain('marker=next<')
    expect(Date.now() - sent).toBeLessThan(5000)
    expect((await worker.status()).retry).toBe(null)
  })

  test('the build process killed in the middle of a build: the worker retries and the change goes live', async () => {
    sandbox = makeSandbox()
    const worker = await start({ sleepMs: 1500, retryDelayMs: 200 })
    sandbox.setContent({ marker: 'killed' })
    await deliver(worker.url)
    await waitFor(async () => sandbox.builds().includes('killed'), 5000)
    process.kill(sandbox.buildPid(), 'SIGKILL')
    await waitFor(async () => (await worker.status()).last?.result === 'failed', 5000)
    await waitFor(async () => (await worker.status()).last?.result === 'ok', 10_000)
    expect(sandbox.builds()).toEqual(['killed', 'killed'])
    expect(sandbox.liveIndex()).toContain('marker=killed<')
  })
})

describe('pending work survives a restart', () => {
  test('a build cut short by the worker stopping is resumed when it starts again', async () => {
    sandbox = makeSandbox()
    const first = await start({ sleepMs: 3000 })
    sandbox.setContent({ marker: 'interrupted' })
    await deliver(first.url)
    await waitFor(async () => sandbox.builds().includes('interrupted'), 5000)
    await first.close()
    expect(existsSync(currentLink(sandbox.releasesDir))).toBe(false)
    expect(sandbox.state().pendingBuild).toContain('article published')

    const second = await start()
    await waitFor(async () => existsSync(currentLink(sandbox.releasesDir)), 5000)
    await second.idle()
    expect(sandbox.liveIndex()).toContain('marker=interrupted<')
    expect((await second.status()).last).toMatchObject({ result: 'ok' })
    expect((await second.status()).last!.reason).toContain('resumed after a restart')
    expect(sandbox.state().pendingBuild).toBe(null)
  })

  test('a pending takedown is applied again at start, and its build resumed', async () => {
    sandbox = makeSandbox()
    const first = await start({ retryDelayMs: 60_000 })
    sandbox.setContent({ marker: 'live', pages: 4 })
    await deliver(first.url)
    await first.idle()
    const original = (await first.status()).current!
    sandbox.setContent({ marker: 'broken', pages: 4, hidden: [4], fail: true })
    await deliver(first.url, { request: takedownRequest(4, 'articles deleted') })
    await waitFor(async () => (await first.status()).current !== original, 5000)
    await first.close()
    // The article is back on the live site (an operator's rollback, or a crash before the switch).
    await switchCurrent(sandbox.releasesDir, original)
    await serveSite()
    expect(await statusOf('/tin-tuc/bai-4/')).toBe(200)
    const buildsBefore = sandbox.builds().length

    const second = await start({ retryDelayMs: 60_000 })
    await waitFor(async () => (await statusOf('/tin-tuc/bai-4/')) === 404, 3000)
    expect(await statusOf('/tin-tuc/bai-1/')).toBe(200)
    expect((await second.status()).takedowns).toEqual([
      expect.objectContaining({ id: '4', reason: 'articles deleted' }),
    ])
    await waitFor(async () => sandbox.builds().length > buildsBefore, 5000)
  })
})

describe('problems the site build reports', () => {
  test('GET /status shows the problems of the last build, and [] when it reported none', async () => {
    sandbox = makeSandbox()
    const worker = await start()
    const problem = {
      collection: 'articles',
      id: '12',
      title: 'Bài có ảnh hỏng',
      kind: 'media',
      action: 'kept-previous',
      message: 'Ảnh đại diện không mở được. Hãy tải lại ảnh rồi xuất bản lại.',
      detail: 'media 7: file missing',
    }
    sandbox.setContent({ marker: 'with-problem', problems: [problem] })
    await deliver(worker.url)
    await worker.idle()
    const status = await fetch(`${worker.url}/status`).then((r) => r.json())
    expect(status.last).toMatchObject({ result: 'ok', problems: [problem] })
    expect(sandbox.state().last.problems).toEqual([problem])

    sandbox.setContent({ marker: 'clean' })
    await deliver(worker.url)
    await worker.idle()
    expect((await fetch(`${worker.url}/status`).then((r) => r.json())).last.problems).toEqual([])
  })
})
