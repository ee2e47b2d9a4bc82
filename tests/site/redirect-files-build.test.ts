import { existsSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { validateRelease } from '../../publisher/src/releases/validate'
import { huongDiu, security, servedArticle } from './helpers/awkward-news'
import { startFakeCmsServer, type FakeCmsServer } from './helpers/cms-server'
import { readText } from './helpers/dist'
import { createFakeCms } from './helpers/fake-cms'
import { type BuildResult, createSiteBuild, type SiteBuild } from './helpers/run-build'

const article = (id: number, slug: string, legacyUrl: string | null) =>
  servedArticle(id, slug, { legacyUrl })

let server: FakeCmsServer
let site: SiteBuild
let result: BuildResult

beforeAll(async () => {
  server = await startFakeCmsServer(
    createFakeCms({
      articles: [
        article(1, 'bai-mot', 'https://congan.tinh.gov.vn/tin-tuc/phat-huy-suc-manh-1234.html'),
        article(2, 'bai-hai', '/index.php?language=vi&nv=news&op=an-ninh/bai-hai-12'),
        article(3, 'bai-ba', '/Pages/bai-ba.aspx'),
        article(4, 'bai-bon', null),
      ],
      categories: [security],
      authors: [huongDiu],
      media: [],
    }),
  )
  site = createSiteBuild()
  result = await site.run(server.url)
}, 600_000)
afterAll(async () => {
  await server?.close()
  await site?.remove()
})

describe('a standalone build (static hosts) with old addresses', () => {
  test('writes a redirecting page at an old .html path, with the new page as canonical', () => {
    expect(result.code, result.output).toBe(0)
    const stub = readText(site.dist, 'tin-tuc/phat-huy-suc-manh-1234.html')
    expect(stub).toContain(
      '<link rel="canonical" href="https://congan.example.vn/tin-tuc/bai-mot/">',
    )
    expect(stub).toContain(
      '<meta http-equiv="refresh" content="0; url=https://congan.example.vn/tin-tuc/bai-mot/">',
    )
    // No file can stand at an address with a query or an .aspx one a host would download.
    expect(existsSync(path.join(site.dist, 'Pages'))).toBe(false)
  })

  test('writes _redirects for Netlify-style hosts and .redirects.json for the live-site server', () => {
    expect(readText(site.dist, '_redirects').split('\n')).toEqual(
      expect.arrayContaining([
        '/Pages/bai-ba.aspx /tin-tuc/bai-ba/ 301',
        '/tin-tuc/phat-huy-suc-manh-1234.html /tin-tuc/bai-mot/ 301',
      ]),
    )
    expect(JSON.parse(readText(site.dist, '.redirects.json')).redirects).toContainEqual({
      from: '/index.php?language=vi&nv=news&op=an-ninh/bai-hai-12',
      to: '/tin-tuc/bai-hai/',
    })
  })

  test('the sitemap lists the new pages and never an old address', () => {
    const sitemap = readText(site.dist, 'sitemap.xml')
    expect(sitemap).toContain('https://congan.example.vn/tin-tuc/bai-mot/')
    expect(sitemap).not.toMatch(/phat-huy|index\.php|Pages/)
  })

  test('the build passes the checks a release must pass', async () => {
    const validation = await validateRelease(site.dist, { minPages: 5, previousPages: null })
    expect(validation.problems).toEqual([])
  })
})
