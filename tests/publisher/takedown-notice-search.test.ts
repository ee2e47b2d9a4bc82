import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import type { RebuildRequest } from '../../content-types/rebuild-webhook'
import { currentLink, switchCurrent } from '../../publisher/src/releases/store'
import { currentSearchLink, indexLiveRelease } from '../../publisher/src/search/search-index'
import { type StaticServer, startStaticServer } from '../../publisher/src/server/static-server'
import { type RebuildWorker } from '../../publisher/src/worker/rebuild-server'
import { deliver } from './helpers/deliver'
import { makeRelease } from './helpers/make-release'
import { makeSandbox } from './helpers/test-worker'
import { waitFor } from './helpers/wait-for'

const RELEASE = '20261202-080000-000'

// As the site writes them (site/src/integration/search-records-file.ts): a notice's record carries
// the key `.pages.json` and the CMS's takedown use, `wanted-notices:<id>`.
const record = (id: string, url: string, title: string, text: string) => ({
  id,
  url,
  text,
  meta: { title, lead: title, date: '02/12/2026', category: 'Truy nã', text },
})

/** What the CMS sends when a notice leaves the site (requestRebuildOnNoticeChange, the expiry job). */
const noticeTakedown = (id: string, reason: string): RebuildRequest => ({
  reason,
  collection: 'wanted-notices',
  id,
  takedown: true,
  requestedAt: new Date().toISOString(),
})

describe("a wanted notice's search record leaves the served index with the notice", () => {
  const sandbox = makeSandbox()
  let worker: RebuildWorker
  let site: StaticServer
  let fragments: Record<string, string[]>
  const status = async (url: string) => (await fetch(`${site.url}${url}`)).status

  beforeAll(async () => {
    const entry = (files: string[]) => ({ files, search: [] })
    await makeRelease(sandbox.releasesDir, RELEASE, {
      'index.html': '<h1>Trang chủ</h1>',
      'tin-tuc/bat-doi-tuong/index.html': '<h1>Bắt đối tượng</h1>',
      'truy-na/nguyen-van-bat/index.html': '<h1>Nguyễn Văn Bắt</h1>',
      'truy-na/tran-van-han/index.html': '<h1>Trần Văn Hạn</h1>',
      '.pages.json': JSON.stringify({
        articles: { 1: entry(['tin-tuc/bat-doi-tuong/index.html']) },
        'wanted-notices': {
          7: entry(['truy-na/nguyen-van-bat/index.html']),
          8: entry(['truy-na/tran-van-han/index.html']),
        },
      }),
      '.search-records.json': JSON.stringify([
        record('1', '/tin-tuc/bat-doi-tuong/', 'Bắt đối tượng', 'bat doi tuong'),
        record('wanted-notices:7', '/truy-na/nguyen-van-bat/', 'Nguyễn Văn Bắt', 'nguyen van bat'),
        record('wanted-notices:8', '/truy-na/tran-van-han/', 'Trần Văn Hạn', 'tran van han'),
      ]),
    })
    await switchCurrent(sandbox.releasesDir, RELEASE)
    expect(await indexLiveRelease(sandbox.releasesDir, () => {})).toBe(3)
    fragments = JSON.parse(
      readFileSync(path.join(currentSearchLink(sandbox.releasesDir), 'fragments.json'), 'utf8'),
    )
    // Every build fails meanwhile: what the takedown does is all that happens.
    sandbox.setContent({ marker: 'broken', pages: 1, fail: true })
    worker = await sandbox.startWorker({ retryDelayMs: 60_000 })
    site = await startStaticServer({
      root: currentLink(sandbox.releasesDir),
      port: 0,
      log: () => {},
    })
  }, 60_000)
  afterAll(async () => {
    await worker?.close()
    await site?.close()
    sandbox.remove()
  })

  test('the index holds one record per notice, keyed as the takedown names it', async () => {
    expect(Object.keys(fragments).sort()).toEqual(['1', 'wanted-notices:7', 'wanted-notices:8'])
    for (const [file] of Object.values(fragments)) expect(await status(`/${file}`)).toBe(200)
  })

  test('status leaves "wanted": the page and the search record go at once, the rest stays', async () => {
    const request = noticeTakedown('7', 'wanted-notices withdrawn')
    expect((await deliver(worker.url, { request })).status).toBe(202)
    const [fragment] = fragments['wanted-notices:7']!
    await waitFor(async () => (await status(`/${fragment}`)) === 404, 5000)
    const served = currentSearchLink(sandbox.releasesDir)
    expect(existsSync(path.join(served, fragment!))).toBe(false)
    expect(await status('/truy-na/nguyen-van-bat/')).toBe(404)
    expect(await status(`/${fragments['wanted-notices:8']![0]}`)).toBe(200)
    expect(await status(`/${fragments['1']![0]}`)).toBe(200)
    expect(await status('/truy-na/tran-van-han/')).toBe(200)
  })

  test("expiry: the expiry job's takedown removes the record just the same", async () => {
    const request = noticeTakedown('8', 'wanted-notices expired')
    expect((await deliver(worker.url, { request })).status).toBe(202)
    const [fragment] = fragments['wanted-notices:8']!
    await waitFor(async () => (await status(`/${fragment}`)) === 404, 5000)
    expect(await status('/truy-na/tran-van-han/')).toBe(404)
    expect(await status(`/${fragments['1']![0]}`)).toBe(200)
    expect(await status('/tin-tuc/bat-doi-tuong/')).toBe(200)
  })
})
