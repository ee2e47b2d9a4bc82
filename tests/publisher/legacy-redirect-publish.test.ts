import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { readLayer } from '../../publisher/src/releases/layer'
import { currentLink, readCurrent } from '../../publisher/src/releases/store'
import { type StaticServer, startStaticServer } from '../../publisher/src/server/static-server'
import { huongDiu, security, servedArticle } from '../site/helpers/awkward-news'
import { startFakeCmsServer, type FakeCmsServer } from '../site/helpers/cms-server'
import { createFakeCms, type FakeCms } from '../site/helpers/fake-cms'
import { publishSite } from './helpers/publish-site'

const dir = mkdtempSync(path.join(tmpdir(), 'bantin-legacy-publish-'))
const releasesDir = path.join(dir, 'releases')
const OLD = '/Pages/phat-huy-suc-manh-toan-dan.aspx'

const article = (id: number, slug: string, fields: Record<string, unknown> = {}) =>
  servedArticle(id, slug, { tags: ['An ninh'], ...fields })

let cms: FakeCms
let firstRelease: string | null
let server: FakeCmsServer
let site: StaticServer
const logs: string[] = []

/** One build through the publisher, as the rebuild worker runs it: told the live release. */
const publish = (reason: string) =>
  publishSite({ dir, releasesDir, cmsUrl: server.url, logs }, reason)
const get = (url: string) => fetch(`${site.url}${url}`, { redirect: 'manual' })

beforeAll(async () => {
  cms = createFakeCms({
    articles: [article(1, 'bai-mot'), article(2, 'bai-hai')],
    categories: [security],
    authors: [huongDiu],
    media: [],
  })
  server = await startFakeCmsServer(cms)
  const first = await publish('first build')
  expect(first.result, logs.join('\n')).toBe('ok')
  firstRelease = await readCurrent(releasesDir)
  site = await startStaticServer({ root: currentLink(releasesDir), port: 0, log: () => {} })
}, 600_000)
afterAll(async () => {
  await site?.close()
  await server?.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('an old address added in the CMS, through a publish', () => {
  test('the publish that gives an article its old address makes that address answer 301 on the live site', async () => {
    expect((await get(OLD)).status).toBe(404)
    cms.collections.articles![0] = article(1, 'bai-mot', {
      legacyUrl: `https://congan.binhphuoc.gov.vn${OLD}`,
      updatedAt: '2024-03-20T00:00:00.000Z',
    })
    const record = await publish('article 1 got its old address')
    expect(record.result, logs.join('\n')).toBe('ok')
    const live = (await readCurrent(releasesDir))!
    // A partial build: laid over the first release, carrying the whole redirects file.
    expect((await readLayer(path.join(releasesDir, live)))?.base).toBe(firstRelease)
    const res = await get(OLD)
    expect([res.status, res.headers.get('location')]).toEqual([301, '/tin-tuc/bai-mot/'])
    const page = await get('/tin-tuc/bai-mot/')
    expect(await page.text()).toContain('Bài số 1')
    const sitemap = await (await get('/sitemap.xml')).text()
    expect(sitemap).toContain('/tin-tuc/bai-mot/')
    expect(sitemap).not.toContain('phat-huy')
    expect(readFileSync(path.join(releasesDir, live, '_redirects'), 'utf8')).toContain(
      `${OLD} /tin-tuc/bai-mot/ 301`,
    )
  }, 600_000)

  test('the publish that unpublishes the article stops the redirect', async () => {
    cms.collections.articles = cms.collections.articles!.filter((a) => a.id !== 1)
    const record = await publish('article 1 unpublished')
    expect(record.result, logs.join('\n')).toBe('ok')
    expect((await get(OLD)).status).toBe(404)
    expect((await get('/tin-tuc/bai-hai/')).status).toBe(200)
  }, 600_000)
})
