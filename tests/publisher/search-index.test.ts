import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { currentLink, switchCurrent } from '../../publisher/src/releases/store'
import { type StaticServer, startStaticServer } from '../../publisher/src/server/static-server'
import {
  createSearchIndexer,
  currentSearchLink,
  indexLiveRelease,
  removeFromSearch,
} from '../../publisher/src/search/search-index'
import { makeRelease } from './helpers/make-release'

const dir = mkdtempSync(path.join(tmpdir(), 'bantin-search-'))
const FULL = '20261201-080000-000'
const LAYER = '20261201-090000-000'
// As the site writes them (site/src/integration/search-records-file.ts): `text` folded for the
// index, `meta.text` as written, for the search page's ranking and excerpt (site/src/lib/search-rank.ts).
const record = (id: string, slug: string, title: string, text: string, written: string) => ({
  id,
  url: `/tin-tuc/${slug}/`,
  text,
  meta: {
    title,
    lead: `Sapo ${title}`,
    date: '01/12/2026',
    category: 'An ninh trật tự',
    text: written,
  },
})
const records = [
  record(
    '1',
    'truy-na',
    'Truy nã đối tượng trốn khỏi nơi giam giữ',
    'truy na doi tuong tron khoi noi giam giu',
    'Đối tượng trốn khỏi nơi giam giữ',
  ),
  record(
    '2',
    'lua-dao',
    'Cảnh báo lừa đảo qua mạng',
    'canh bao lua dao qua mang',
    'Thủ đoạn lừa đảo qua mạng',
  ),
  record('3', 'da-go', 'Bài đã gỡ', 'bai da go khoi trang', 'Khỏi trang'),
]
const fragmentsOf = () =>
  JSON.parse(readFileSync(path.join(currentSearchLink(dir), 'fragments.json'), 'utf8')) as Record<
    string,
    string[]
  >
const fragmentText = (file: string) =>
  gunzipSync(readFileSync(path.join(currentSearchLink(dir), file))).toString('utf8')

let site: StaticServer
beforeAll(async () => {
  await makeRelease(dir, FULL, {
    'index.html': '<h1>Trang chủ</h1>',
    'tin-tuc/truy-na/index.html': '<h1>Truy nã</h1>',
    'tin-tuc/lua-dao/index.html': '<h1>Lừa đảo</h1>',
    'tin-tuc/da-go/index.html': '<h1>Đã gỡ</h1>',
    '.search-records.json': JSON.stringify(records),
  })
  // The live release: a layer that took one article down.
  await makeRelease(dir, LAYER, {
    '.layer.json': JSON.stringify({ base: FULL, removed: ['/tin-tuc/da-go/index.html'] }),
  })
  await switchCurrent(dir, LAYER)
  site = await startStaticServer({ root: currentLink(dir), port: 0, log: () => {} })
}, 60_000)
afterAll(async () => {
  await site.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('the search job', () => {
  test('indexes the articles the live release serves, and the site serves that index', async () => {
    expect(await indexLiveRelease(dir, () => {})).toBe(2)
    const fragments = fragmentsOf()
    expect(Object.keys(fragments).sort()).toEqual(['1', '2'])
    const fragment = JSON.parse(fragmentText(fragments['2'][0]).replace(/^pagefind_dcd/, ''))
    expect(fragment.meta).toMatchObject({
      title: 'Cảnh báo lừa đảo qua mạng',
      text: 'Thủ đoạn lừa đảo qua mạng',
    })
    expect(fragment.content).toBe('canh bao lua dao qua mang')
    const entry = await fetch(`${site.url}/pagefind/pagefind-entry.json`)
    expect(entry.status).toBe(200)
    expect((await fetch(`${site.url}/pagefind/pagefind.js`)).status).toBe(200)
    const served = await fetch(`${site.url}/${fragments['1'][0]}`)
    expect(served.status).toBe(200)
  }, 60_000)

  test("a takedown deletes the article's fragment from the served index at once", async () => {
    const [fragment] = fragmentsOf()['1']
    expect(await removeFromSearch(dir, ['1'])).toBe(1)
    expect(existsSync(path.join(currentSearchLink(dir), fragment))).toBe(false)
    expect((await fetch(`${site.url}/${fragment}`)).status).toBe(404)
    expect(fragmentsOf()['2']).toHaveLength(1)
  })

  test('runs in its own process and can be waited for', async () => {
    const lines: string[] = []
    const indexer = createSearchIndexer(dir, (line) => lines.push(line))
    indexer.request()
    indexer.request()
    await indexer.idle()
    expect(lines, lines.join('\n')).toBeTruthy()
    expect(
      lines.filter((line) => /search index \d+-\d+-\d+: 2 articles of release/.test(line)),
    ).toHaveLength(2)
    expect(lines.join('\n')).not.toContain('FAILED')
  }, 120_000)
})
