import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { type StaticServer, startStaticServer } from '../../publisher/src/server/static-server'
import { startTestCms, type TestCms } from '../helpers/payload'
import { type RestServer, startRestServer } from '../helpers/rest-server'
import { parsePage } from './helpers/dist'
import { createSiteBuild, type SiteBuild } from './helpers/run-build'
import { type SeededNews, seedNews } from './helpers/seed-news'

const LEAD = '/tin-tuc/bao-ve-an-ninh-to-quoc-trong-tinh-hinh-moi/'
const YEAR = 'public, max-age=31536000, immutable'
const ctx = { context: { skipRebuild: true } }
let cms: TestCms
let rest: RestServer
let site: SiteBuild
let web: StaticServer
let news: SeededNews

beforeAll(async () => {
  cms = await startTestCms()
  news = await seedNews(cms.payload)
  rest = await startRestServer(cms.config)
  site = createSiteBuild()
  const build = await site.run(rest.url)
  if (build.code !== 0) throw new Error(`site build failed:\n${build.output}`)
  // The live-site server itself, serving the build as it serves a release.
  web = await startStaticServer({ root: site.dist, port: 0, log: () => {} })
}, 300_000)

afterAll(async () => {
  await web?.close()
  await rest?.close()
  await cms?.close()
  await site?.remove()
})

/** Every /media/ path the lead story's page points at: pictures, srcset candidates, share card. */
function mediaPaths(doc: Document): string[] {
  const urls = [
    ...[...doc.querySelectorAll('img')].map((img) => img.getAttribute('src')),
    ...[...doc.querySelectorAll('img[srcset], source[srcset]')].flatMap((el) =>
      el
        .getAttribute('srcset')!
        .split(',')
        .map((candidate) => candidate.trim().split(' ')[0]),
    ),
    doc.querySelector('meta[property="og:image"]')?.getAttribute('content'),
  ]
  return [...new Set(urls.map((url) => (url ? new URL(url, web.url).pathname : '')))].filter(
    (path) => path.startsWith('/media/'),
  )
}

const heroSrc = (doc: Document) => doc.querySelector('.article > .figure img')!.getAttribute('src')!

const bytesOf = async (url: string) => Buffer.from(await (await fetch(url)).arrayBuffer())

describe('image URLs on the built site', () => {
  test('every image a page shows is served from the built release with a one-year immutable cache', async () => {
    const paths = mediaPaths(parsePage(site.dist, LEAD))
    // The hero's four AVIF and four WebP widths, the body photo's, and the share card.
    expect(paths.length).toBeGreaterThanOrEqual(10)
    for (const path of paths) {
      const response = await fetch(web.url + path)
      expect([path, response.status, response.headers.get('cache-control')]).toEqual([
        path,
        200,
        YEAR,
      ])
      expect((await response.arrayBuffer()).byteLength, path).toBeGreaterThan(100)
    }
  })

  test('an image deleted and uploaded again under the same name gets new URLs with the new picture', async () => {
    const before = parsePage(site.dist, LEAD)
    const oldHero = heroSrc(before)
    const oldBytes = await bytesOf(web.url + oldHero)
    // Both stories that show the bridge photo move to another first, or it cannot be deleted.
    for (const article of [news.lead, news.road])
      await cms.payload.update({
        collection: 'articles',
        id: article.id,
        data: { heroImage: news.patrol.id },
        ...ctx,
      })
    await cms.payload.delete({ collection: 'media', id: news.bridge.id, ...ctx })
    const photo = await sharp({
      create: { width: 1800, height: 1000, channels: 3, background: { r: 200, g: 40, b: 20 } },
    })
      .jpeg({ quality: 70 })
      .toBuffer()
    const again = await cms.payload.create({
      collection: 'media',
      data: { caption: 'Cầu vượt nút giao phía Bắc thành phố', credit: 'Ảnh: Minh Khôi' },
      file: { data: photo, mimetype: 'image/jpeg', name: 'cau-vuot.jpg', size: 0 },
      ...ctx,
    })
    // The CMS gives the new upload the freed name: its own names carry no version.
    expect(again.filename).toBe('cau-vuot.jpg')
    await cms.payload.update({
      collection: 'articles',
      id: news.lead.id,
      data: { heroImage: again.id },
      ...ctx,
    })

    const build = await site.run(rest.url)
    expect(build.code, build.output).toBe(0)

    const after = parsePage(site.dist, LEAD)
    const newHero = heroSrc(after)
    expect(newHero).not.toBe(oldHero)
    const served = await fetch(web.url + newHero)
    expect([served.status, served.headers.get('cache-control')]).toEqual([200, YEAR])
    const newBytes = Buffer.from(await served.arrayBuffer())
    expect(newBytes.equals(oldBytes)).toBe(false)
    // Byte for byte the file the CMS has now, not one the site kept from the earlier build.
    const current = again.sizes!.w800_webp!.filename!
    expect(newBytes.equals(await bytesOf(`${rest.url}/api/media/file/${current}`))).toBe(true)
    const ogImage = after.querySelector('meta[property="og:image"]')!.getAttribute('content')!
    expect(ogImage).not.toBe(
      before.querySelector('meta[property="og:image"]')!.getAttribute('content'),
    )
    for (const path of mediaPaths(after))
      expect([path, (await fetch(web.url + path)).headers.get('cache-control')]).toEqual([
        path,
        YEAR,
      ])
  }, 300_000)
})
