import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { type RebuildWorker, type WorkerStatus } from '../../publisher/src/worker/rebuild-server'
import {
  currentLink,
  listReleases,
  readReleaseInfo,
  releasePath,
} from '../../publisher/src/releases/store'
import { type StaticServer, startStaticServer } from '../../publisher/src/server/static-server'
import { deliver, takedownRequest } from './helpers/deliver'
import { readServed, servedFrom } from './helpers/served'
import { makeSandbox } from './helpers/test-worker'
import { waitFor } from './helpers/wait-for'

const statusOf = async (site: StaticServer, url: string) =>
  (await fetch(`${site.url}${url}`)).status

describe('takedown while every build fails', () => {
  const sandbox = makeSandbox()
  let worker: RebuildWorker
  let site: StaticServer
  let before: string

  beforeAll(async () => {
    worker = await sandbox.startWorker({ retryDelayMs: 300 })
    site = await startStaticServer({
      root: currentLink(sandbox.releasesDir),
      port: 0,
      log: () => {},
    })
    sandbox.setContent({ marker: 'good', pages: 5 })
    await deliver(worker.url)
    await worker.idle()
    before = (await worker.status()).current!
  })
  afterAll(async () => {
    await worker.close()
    await site.close()
    sandbox.remove()
  })

  test('the page and its search fragment are gone from the live site within seconds; the rest is served', async () => {
    expect(await statusOf(site, '/tin-tuc/bai-3/')).toBe(200)
    // The editor unpublishes article 3, and the CMS now answers every build with errors.
    sandbox.setContent({ marker: 'broken', pages: 5, hidden: [3], fail: true })
    expect((await deliver(worker.url, { request: takedownRequest(3) })).status).toBe(202)
    // Within 5 s even on a loaded 2-core CI machine (about 0.1 s when idle).
    await waitFor(async () => (await statusOf(site, '/tin-tuc/bai-3/')) === 404, 5000)

    for (const url of ['/', '/tin-tuc/bai-1/', '/tin-tuc/bai-2/', '/tin-tuc/bai-5/']) {
      expect([url, await statusOf(site, url)]).toEqual([url, 200])
    }
    const status = await worker.status()
    expect(status.current).not.toBe(before)
    expect(status.takedowns).toEqual([
      expect.objectContaining({ collection: 'articles', id: '3', reason: 'articles unpublished' }),
    ])
    const live = releasePath(sandbox.releasesDir, status.current!)
    const old = releasePath(sandbox.releasesDir, before)
    expect(servedFrom(live, 'pagefind/fragment/bai-3.pf_fragment')).toBe(null)
    expect(servedFrom(live, 'pagefind/fragment/bai-2.pf_fragment')).toBe(old)
    // The previous release is untouched and is the new one's base: nothing of it was copied or
    // linked, the new release is its layer file, its index of pages and its marker.
    expect(existsSync(path.join(old, 'tin-tuc/bai-3/index.html'))).toBe(true)
    expect(readdirSync(live).sort()).toEqual(['.layer.json', '.pages.json', '.release.json'])
    expect(JSON.parse(readFileSync(path.join(live, '.layer.json'), 'utf8'))).toEqual({
      base: before,
      removed: ['/pagefind/fragment/bai-3.pf_fragment', '/tin-tuc/bai-3/index.html'],
    })
    const pagesIndex = JSON.parse(readFileSync(path.join(live, '.pages.json'), 'utf8'))
    expect(Object.keys(pagesIndex.articles).sort()).toEqual(['1', '2', '4', '5'])
    expect(JSON.parse(readFileSync(path.join(live, '.release.json'), 'utf8'))).toMatchObject({
      id: status.current,
      pages: 6,
      reason: expect.stringContaining('takedown: articles 3'),
    })
    expect(sandbox.state().takedowns).toEqual([expect.objectContaining({ id: '3' })])

    // Builds keep failing and being retried; the takedown holds meanwhile.
    await waitFor(async () => sandbox.builds().filter((b) => b === 'broken').length >= 2, 10_000)
    expect((await worker.status()).last).toMatchObject({ result: 'failed' })
    expect(await statusOf(site, '/tin-tuc/bai-3/')).toBe(404)
  })

  test('once the CMS answers again, the retried build goes live and the takedown is cleared', async () => {
    sandbox.setContent({ marker: 'fixed', pages: 5, hidden: [3] })
    await waitFor(async () => sandbox.liveIndex().includes('marker=fixed<'), 10_000)
    await waitFor(async () => (await worker.status()).takedowns.length === 0, 5000)
    expect(sandbox.state().takedowns).toEqual([])
    expect(await statusOf(site, '/tin-tuc/bai-3/')).toBe(404)
    expect(await statusOf(site, '/tin-tuc/bai-4/')).toBe(200)
  })
})

describe('takedown during a running build', () => {
  const sandbox = makeSandbox()
  let worker: RebuildWorker
  let site: StaticServer

  beforeAll(async () => {
    worker = await sandbox.startWorker({ sleepMs: 1500 })
    site = await startStaticServer({
      root: currentLink(sandbox.releasesDir),
      port: 0,
      log: () => {},
    })
    sandbox.setContent({ marker: 'v1', pages: 4 })
    await deliver(worker.url)
    await worker.idle()
  })
  afterAll(async () => {
    await worker.close()
    await site.close()
    sandbox.remove()
  })

  test('a build that read the article before the takedown goes live without it', async () => {
    sandbox.setContent({ marker: 'v2', pages: 4 })
    await deliver(worker.url)
    // The build has read the content (article 2 included) and is still running.
    await waitFor(async () => sandbox.builds().includes('v2'), 5000)
    sandbox.setContent({ marker: 'v3', pages: 4, hidden: [2] })
    const sent = Date.now()
    expect((await deliver(worker.url, { request: takedownRequest(2) })).status).toBe(202)
    expect((await worker.status()).state).toBe('building')

    // Watch the live site until all work is done: once gone, article 2 never comes back.
    const seen: { home: string; article: number }[] = []
    let goneAfter: number | null = null
    let status: WorkerStatus
    for (let i = 0; i < 400; i++) {
      const home = await (await fetch(`${site.url}/`)).text()
      const article = await statusOf(site, '/tin-tuc/bai-2/')
      if (article === 404 && goneAfter === null) goneAfter = Date.now() - sent
      if (goneAfter !== null) seen.push({ home: home.match(/marker=(\w+)</)![1], article })
      status = await worker.status()
      if (status.state === 'idle' && !status.pending && !status.takedowns.length) break
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
    expect(goneAfter).not.toBe(null)
    // Well before the running build ends when idle; 5 s leaves room for a loaded CI machine.
    expect(goneAfter!).toBeLessThanOrEqual(5000)
    expect(seen.filter((s) => s.article !== 404)).toEqual([])
    // Live in order: the takedown of v1, the v2 build (which had article 2) and the v3 build.
    expect([...new Set(seen.map((s) => s.home))]).toEqual(['v1', 'v2', 'v3'])
    expect(sandbox.builds()).toEqual(['v1', 'v2', 'v3'])
    expect(status!.last).toMatchObject({ result: 'ok' })
    expect(sandbox.state().takedowns).toEqual([])
    const live = releasePath(sandbox.releasesDir, status!.current!)
    expect(servedFrom(live, 'pagefind/fragment/bai-2.pf_fragment')).toBe(null)
    // The v2 release went live with article 2 removed, and its marker counts the pages it has.
    const v2 = (await listReleases(sandbox.releasesDir)).find((id) =>
      readServed(releasePath(sandbox.releasesDir, id), 'index.html').includes('marker=v2<'),
    )!
    expect(servedFrom(releasePath(sandbox.releasesDir, v2), 'tin-tuc/bai-2/index.html')).toBe(null)
    expect(await readReleaseInfo(sandbox.releasesDir, v2)).toMatchObject({ pages: 5 })
  })
})
