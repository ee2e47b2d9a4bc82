import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { currentLink, switchCurrent } from '../../publisher/src/releases/store'
import { type StaticServer, startStaticServer } from '../../publisher/src/server/static-server'
import { makeRelease } from './helpers/make-release'
import { rawGet } from './helpers/raw-get'

const ID = '20251122-080000-000'
const dir = mkdtempSync(path.join(tmpdir(), 'bantin-static-'))
const bigPage = `<!doctype html><html><body>${'<p>Tin tức công an tỉnh</p>'.repeat(500)}</body></html>`
let site: StaticServer

beforeAll(async () => {
  await makeRelease(dir, ID, {
    'index.html': '<!doctype html><title>Trang chủ</title>',
    'tin-tuc/bai-1/index.html': '<!doctype html><title>Bài 1</title>',
    'lon/index.html': bigPage,
    '404.html': '<!doctype html><title>Không tìm thấy trang</title>',
    '_astro/site.1a2b3c.css': 'body{}',
    '_astro/app.1a2b3c.js': 'export {}',
    'sitemap.xml': '<urlset/>',
    'pagefind/pagefind-entry.json': '{}',
    'pagefind/fragment/vi_1a2b.pf_fragment': Buffer.from([0x1f, 0x8b, 0]),
    'pagefind/index/vi_3c4d.pf_index': Buffer.from([0x1f, 0x8b, 0]),
    'logo.svg': '<svg/>',
    'images/a.webp': Buffer.from([1]),
    'media/cau-vuot-480x320.webp': Buffer.from([1]),
    'media/cau-vuot.3f9a1c2b7d.webp': Buffer.from([1]),
    'media/tuan-tra-480x300.3f9a1c2b7d.avif': Buffer.from([1]),
    'media/bao-cao-20241231.jpg': Buffer.from([1]),
    'images/a.avif': Buffer.from([1]),
    'images/a.jpg': Buffer.from([1]),
    'images/a.png': Buffer.from([1]),
    'fonts/be-vietnam.woff2': Buffer.from([1]),
    'robots.txt': 'User-agent: *',
  })
  // Files next to the release that must never be reachable through the site.
  writeFileSync(path.join(dir, 'state.json'), '{"secret-ish":"STATE-FILE"}')
  symlinkSync(path.join(dir, 'state.json'), path.join(dir, ID, 'leak.json'))
  site = await startStaticServer({ root: currentLink(dir), port: 0, log: () => {} })
})
afterAll(async () => {
  await site.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('startStaticServer', () => {
  test('answers 503 until a release is live, then serves it', async () => {
    const before = await rawGet(site.port, '/')
    expect(before.status).toBe(503)
    expect(before.headers['retry-after']).toBe('60')
    await switchCurrent(dir, ID)
    const after = await rawGet(site.port, '/')
    expect([after.status, after.body.toString()]).toEqual([
      200,
      '<!doctype html><title>Trang chủ</title>',
    ])
  })

  test('maps /x/ to x/index.html and redirects /x to /x/, keeping the query', async () => {
    expect((await rawGet(site.port, '/tin-tuc/bai-1/')).body.toString()).toContain('Bài 1')
    const redirect = await rawGet(site.port, '/tin-tuc/bai-1?trang=2')
    expect([redirect.status, redirect.headers.location]).toEqual([301, '/tin-tuc/bai-1/?trang=2'])
  })

  test('a redirect always names a path on this site, never another host', async () => {
    // `//host/x` in Location is a protocol-relative URL: browsers would go to `host`.
    for (const [sent, location] of [
      ['//tin-tuc/bai-1', '/tin-tuc/bai-1/'],
      ['///tin-tuc/bai-1?trang=2', '/tin-tuc/bai-1/?trang=2'],
      ['/tin-tuc//bai-1', '/tin-tuc/bai-1/'],
      ['/%2Ftin-tuc/bai-1', '/tin-tuc/bai-1/'],
    ]) {
      const res = await rawGet(site.port, sent)
      expect([sent, res.status, res.headers.location]).toEqual([sent, 301, location])
    }
  })

  test('sends the right content type for each kind of file', async () => {
    const types: Record<string, string> = {
      '/': 'text/html; charset=utf-8',
      '/_astro/site.1a2b3c.css': 'text/css; charset=utf-8',
      '/_astro/app.1a2b3c.js': 'text/javascript; charset=utf-8',
      '/sitemap.xml': 'application/xml; charset=utf-8',
      '/pagefind/pagefind-entry.json': 'application/json; charset=utf-8',
      '/pagefind/fragment/vi_1a2b.pf_fragment': 'application/octet-stream',
      '/pagefind/index/vi_3c4d.pf_index': 'application/octet-stream',
      '/logo.svg': 'image/svg+xml',
      '/images/a.webp': 'image/webp',
      '/images/a.avif': 'image/avif',
      '/images/a.jpg': 'image/jpeg',
      '/images/a.png': 'image/png',
      '/fonts/be-vietnam.woff2': 'font/woff2',
      '/robots.txt': 'text/plain; charset=utf-8',
    }
    for (const [url, type] of Object.entries(types)) {
      const res = await rawGet(site.port, url)
      expect([url, res.status, res.headers['content-type']]).toEqual([url, 200, type])
    }
  })

  test('unknown paths get the release’s 404.html with status 404', async () => {
    const res = await rawGet(site.port, '/khong-co/')
    expect([res.status, res.body.toString()]).toEqual([
      404,
      '<!doctype html><title>Không tìm thấy trang</title>',
    ])
  })

  test('no path leads out of the release, however it is encoded', async () => {
    const attempts = [
      '/../state.json',
      '/%2e%2e/state.json',
      '/..%2fstate.json',
      '/%2e%2e%2fstate.json',
      '/tin-tuc/%2e%2e/%2e%2e/state.json',
      '/..%5cstate.json',
      '/%00',
      '/%E0%A4%A',
      '/leak.json',
      '/.release.json',
    ]
    for (const attempt of attempts) {
      const res = await rawGet(site.port, attempt)
      expect([attempt, [400, 404].includes(res.status)]).toEqual([attempt, true])
      expect(res.body.toString()).not.toContain('STATE-FILE')
      expect(res.body.toString()).not.toContain('"builtAt"')
    }
  })

  test('compresses text with gzip when the client accepts it', async () => {
    const zipped = await rawGet(site.port, '/lon/', { 'Accept-Encoding': 'gzip, br' })
    expect(zipped.headers['content-encoding']).toBe('gzip')
    expect(zipped.headers.vary).toBe('Accept-Encoding')
    expect(gunzipSync(zipped.body).toString()).toBe(bigPage)
    const plain = await rawGet(site.port, '/lon/')
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect([plain.headers['content-length'], plain.body.toString()]).toEqual([
      String(Buffer.byteLength(bigPage)),
      bigPage,
    ])
  })

  test('has HTML, feeds and Pagefind entry files revalidated on every visit, hashed /_astro/ assets kept a year', async () => {
    for (const file of ['/', '/tin-tuc/bai-1/', '/sitemap.xml', '/pagefind/pagefind-entry.json']) {
      expect([file, (await rawGet(site.port, file)).headers['cache-control']]).toEqual([
        file,
        'public, no-cache',
      ])
    }
    expect((await rawGet(site.port, '/_astro/site.1a2b3c.css')).headers['cache-control']).toBe(
      'public, max-age=31536000, immutable',
    )
    expect((await rawGet(site.port, '/khong-co/')).headers['cache-control']).toBe('no-cache')
  })

  test('keeps images whose names carry a version for a year; others an hour, since the CMS may reuse a name', async () => {
    const year = 'public, max-age=31536000, immutable'
    expect(
      (await rawGet(site.port, '/media/cau-vuot.3f9a1c2b7d.webp')).headers['cache-control'],
    ).toBe(year)
    expect(
      (await rawGet(site.port, '/media/tuan-tra-480x300.3f9a1c2b7d.avif')).headers['cache-control'],
    ).toBe(year)
    // Names of releases built before images carried a version; a date is no version.
    for (const plain of ['/media/cau-vuot-480x320.webp', '/media/bao-cao-20241231.jpg'])
      expect([plain, (await rawGet(site.port, plain)).headers['cache-control']]).toEqual([
        plain,
        'public, max-age=3600',
      ])
    expect(
      (await rawGet(site.port, '/pagefind/index/vi_3c4d.pf_index')).headers['cache-control'],
    ).toBe('public, max-age=3600')
  })

  test('HEAD sends headers only, ETags give 304, other methods get 405', async () => {
    const head = await rawGet(site.port, '/', {}, 'HEAD')
    const size = String(Buffer.byteLength('<!doctype html><title>Trang chủ</title>'))
    expect([head.status, head.body.length, head.headers['content-length']]).toEqual([200, 0, size])
    const again = await rawGet(site.port, '/', { 'If-None-Match': String(head.headers.etag) })
    expect([again.status, again.body.length]).toEqual([304, 0])
    expect((await rawGet(site.port, '/', {}, 'POST')).status).toBe(405)
  })
})
