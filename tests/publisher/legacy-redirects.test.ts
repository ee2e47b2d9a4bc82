import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import {
  createLayeredRelease,
  currentLink,
  markComplete,
  switchCurrent,
} from '../../publisher/src/releases/store'
import { type StaticServer, startStaticServer } from '../../publisher/src/server/static-server'
import { makeRelease } from './helpers/make-release'

const dir = mkdtempSync(path.join(tmpdir(), 'bantin-legacy-'))
const FULL = '20261201-080000-000'
const LAYER = '20261201-090000-000'
const redirects = (list: Array<[string, string]>) =>
  JSON.stringify({ redirects: list.map(([from, to]) => ({ from, to })) })

let site: StaticServer
const get = (url: string) => fetch(`${site.url}${url}`, { redirect: 'manual' })

beforeAll(async () => {
  await makeRelease(dir, FULL, {
    'index.html': '<h1>Trang chủ</h1>',
    '404.html': '<h1>Không tìm thấy</h1>',
    'tin-tuc/a/index.html': '<h1>Bài A</h1>',
    'tin-tuc/b/index.html': '<h1>Bài B</h1>',
    'gioi-thieu/index.html': '<h1>Giới thiệu</h1>',
    '.redirects.json': redirects([
      ['/Pages/tin-an-ninh.aspx', '/tin-tuc/a/'],
      ['/index.php?nv=news&op=an-ninh/bai-b-12.html', '/tin-tuc/b/'],
      ['/tin-tức/bài-cũ.html', '/tin-tuc/a/'],
      ['/gioi-thieu/', '/tin-tuc/a/'],
      ['/bai-go-xuong.html', '/tin-tuc/gone/'],
    ]),
  })
  await switchCurrent(dir, FULL)
  site = await startStaticServer({ root: currentLink(dir), port: 0, log: () => {} })
})
afterAll(async () => {
  await site.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('old addresses on the live site', () => {
  test('an old path answers 301 to the new page, whatever its case', async () => {
    for (const old of ['/Pages/tin-an-ninh.aspx', '/pages/TIN-AN-NINH.aspx']) {
      const res = await get(old)
      expect(res.status).toBe(301)
      expect(res.headers.get('location')).toBe('/tin-tuc/a/')
    }
  })

  test('an old address with a query is matched with it; a query added to an old path is ignored', async () => {
    const nuke = await get('/index.php?nv=news&op=an-ninh/bai-b-12.html')
    expect([nuke.status, nuke.headers.get('location')]).toEqual([301, '/tin-tuc/b/'])
    const other = await get('/index.php?nv=news&op=something-else.html')
    expect(other.status).toBe(404)
    const shared = await get('/Pages/tin-an-ninh.aspx?fbclid=abc')
    expect([shared.status, shared.headers.get('location')]).toEqual([301, '/tin-tuc/a/'])
  })

  test('an old path with Vietnamese letters is found however the browser encoded it', async () => {
    const res = await get(`/${encodeURIComponent('tin-tức')}/${encodeURIComponent('bài-cũ.html')}`)
    expect([res.status, res.headers.get('location')]).toEqual([301, '/tin-tuc/a/'])
  })

  test('a file of the site wins over an old address, and an unknown path is still the 404 page', async () => {
    const page = await get('/gioi-thieu/')
    expect(page.status).toBe(200)
    expect(await page.text()).toContain('Giới thiệu')
    const unknown = await get('/Pages/khong-co.aspx')
    expect(unknown.status).toBe(404)
    expect(await unknown.text()).toContain('Không tìm thấy')
  })

  test('an old address whose new page is no longer served answers 404, not a redirect to nothing', async () => {
    expect((await get('/bai-go-xuong.html')).status).toBe(404)
  })

  test("a layered release answers from its own redirects file, not its base's", async () => {
    const changes = mkdtempSync(path.join(dir, '.changes-'))
    mkdirSync(path.join(changes, 'tin-tuc/c'), { recursive: true })
    writeFileSync(path.join(changes, 'tin-tuc/c/index.html'), '<h1>Bài C</h1>')
    writeFileSync(
      path.join(changes, '.redirects.json'),
      redirects([['/Pages/bai-c.aspx', '/tin-tuc/c/']]),
    )
    await createLayeredRelease({
      dir,
      live: FULL,
      id: LAYER,
      changes,
      removed: ['/tin-tuc/b/index.html'],
    })
    await markComplete(dir, {
      id: LAYER,
      pages: 4,
      builtAt: new Date().toISOString(),
      reason: 'test',
    })
    await switchCurrent(dir, LAYER)
    const added = await get('/Pages/bai-c.aspx')
    expect([added.status, added.headers.get('location')]).toEqual([301, '/tin-tuc/c/'])
    expect((await get('/Pages/tin-an-ninh.aspx')).status).toBe(404)
    expect((await get('/index.php?nv=news&op=an-ninh/bai-b-12.html')).status).toBe(404)
  })
})
