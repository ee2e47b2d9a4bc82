import { readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { cmsFileName, mediaVersion, versionedName } from '../../site/src/lib/media-version'
import { startTestCms, type TestCms } from '../helpers/payload'
import type { RestServer } from '../helpers/rest-server'
import { buildSiteFromCms, endSiteBuild } from './helpers/build-from-cms'
import {
  gzipSize,
  hrefsOf,
  listFiles,
  parsePage,
  readPage,
  readSearchFragments,
  readText,
  textOf,
} from './helpers/dist'
import { type BuildResult, createSiteBuild, type SiteBuild } from './helpers/run-build'
import { CANARY_DRAFT, CANARY_TRASHED, type SeededNews, seedNews } from './helpers/seed-news'

const LEAD = '/tin-tuc/bao-ve-an-ninh-to-quoc-trong-tinh-hinh-moi/'
let cms: TestCms
let server: RestServer
let site: SiteBuild
let news: SeededNews
let first: BuildResult
let second: BuildResult

beforeAll(async () => {
  cms = await startTestCms()
  news = await seedNews(cms.payload)
  ;({ server, site, build: first } = await buildSiteFromCms(cms))
}, 300_000)

afterAll(() => endSiteBuild(server, cms, site))

describe('site build', () => {
  test('builds every page from the CMS and reports pages per second', () => {
    expect(first.output).not.toMatch(/build:site failed/)
    expect(first.code).toBe(0)
    const [, pages] =
      first.output.match(/build:site: (\d+) pages in [\d.]+ s \([\d.]+ pages\/s\)/) ?? []
    // 25 articles, 3 section pages, 3 author pages, 4 tags, 3 archive pages, 8 MDX pages, home, search, 404,
    // and the lists of wanted notices, documents, this week's reception schedule and its archive.
    expect(Number(pages)).toBe(53)
    console.log(`first build: ${first.output.match(/build:site: .*/)?.[0]}`)
  })

  test('article page: breadcrumb, Vietnam time, title, bold lead, captioned figures, byline, tags', () => {
    const doc = parsePage(site.dist, LEAD)
    expect(doc.documentElement.getAttribute('lang')).toBe('vi')
    expect(textOf(doc, '.breadcrumb li')).toEqual(['Trang chủ', 'An ninh trật tự'])
    expect(textOf(doc, '.article .meta time')).toEqual(['Thứ Sáu, 16/06/2023 23:02'])
    expect(textOf(doc, 'h1')).toEqual(['Bảo vệ an ninh Tổ quốc trong tình hình mới'])
    expect(textOf(doc, '.lead')).toEqual([
      'Công an tỉnh triển khai đồng bộ các biện pháp giữ vững an ninh chính trị, trật tự an toàn xã hội.',
    ])
    expect(textOf(doc, '.article figcaption')).toEqual([
      'Cầu vượt nút giao phía Bắc thành phố Ảnh: Minh Khôi',
      'Lực lượng Công an tuần tra đêm Ảnh: Thanh Hà',
    ])
    const hero = doc.querySelector('.article > .figure img')!
    expect(hero.getAttribute('fetchpriority')).toBe('high')
    expect(doc.querySelector('.body .figure img')!.getAttribute('loading')).toBe('lazy')
    expect(textOf(doc, '.byline')).toEqual(['Hương Dịu, Minh Khôi'])
    expect(hrefsOf(doc, '.byline a')).toEqual(['/tac-gia/huong-diu/', '/tac-gia/minh-khoi/'])
    expect(textOf(doc, '.tags a')).toEqual(['#An ninh', '#Tuần tra'])
    expect(textOf(doc, '.related h3')).toContain('Xử lý nghiêm vi phạm nồng độ cồn')
    expect(textOf(doc, '.prev-next a')).toEqual(['‹ Bài trướcTin an ninh số 22'])
    expect(doc.querySelector('.share a[href^="https://www.facebook.com/sharer/"]')).not.toBeNull()
    expect(doc.querySelector('.share a[href^="https://sp.zalo.me/share"]')).not.toBeNull()
    expect(textOf(doc, '.share button')).toEqual(['Sao chép liên kết', 'In bài'])
  })

  test('article page: canonical link, Open Graph, Twitter card and NewsArticle JSON-LD', async () => {
    const doc = parsePage(site.dist, LEAD)
    // The share card under its published name, with the image's version (lib/media-version.ts).
    const bridge = await cms.payload.findByID({ collection: 'media', id: news.bridge.id })
    const card = `https://congan.example.vn/media/${versionedName('cau-vuot-1200x630.jpg', mediaVersion(bridge))}`
    const url = `https://congan.example.vn${LEAD}`
    const meta = (key: string) =>
      doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content')
    expect(doc.querySelector('link[rel="canonical"]')!.getAttribute('href')).toBe(url)
    expect(meta('og:type')).toBe('article')
    expect(meta('og:url')).toBe(url)
    expect(meta('og:image')).toBe(card)
    expect(meta('twitter:card')).toBe('summary_large_image')
    const ld = JSON.parse(doc.querySelector('script[type="application/ld+json"]')!.textContent!)
    expect(ld).toMatchObject({
      '@type': 'NewsArticle',
      headline: 'Bảo vệ an ninh Tổ quốc trong tình hình mới',
      image: [card],
      datePublished: '2023-06-16T16:02:00.000Z',
      dateModified: news.lead.updatedAt,
      author: [{ name: 'Hương Dịu' }, { name: 'Minh Khôi' }],
      publisher: { name: 'Cổng thông tin điện tử Công an tỉnh' },
    })
  })

  test('hostile text is shown escaped and hostile links are dropped', () => {
    const html = readPage(site.dist, `/tin-tuc/${news.hostile.slug}/`)
    const doc = parsePage(site.dist, `/tin-tuc/${news.hostile.slug}/`)
    expect(textOf(doc, 'h1')).toEqual(['Cảnh báo thủ đoạn <script>alert("xss")</script> lừa đảo'])
    expect(textOf(doc, '.body')).toEqual([
      'Bấm vào đây <iframe src="https://evil.example"></iframe>',
    ])
    expect(doc.querySelectorAll('iframe, img[onerror]')).toHaveLength(0)
    expect([...doc.querySelectorAll('script')].map((s) => s.getAttribute('type'))).toEqual([
      null,
      'application/ld+json',
      'module',
    ])
    const handlers = [...doc.querySelectorAll('*')].flatMap((el) =>
      el.getAttributeNames().filter((n) => n.startsWith('on')),
    )
    expect(handlers).toEqual([])
    for (const file of listFiles(site.dist).filter((f) => /\.(html|xml)$/.test(f))) {
      expect(readText(site.dist, file), file).not.toMatch(/javascript:|<iframe/)
    }
    expect(html).toContain('Bấm vào đây &lt;iframe')
  })

  test('drafts and trashed articles, and their images, never reach the output', () => {
    const files = listFiles(site.dist)
    const text = files
      .filter((f) => /\.(html|xml|json|txt|js|css)$/.test(f))
      .map((f) => readText(site.dist, f))
    const everything = [...text, readSearchFragments(site.dist)].join('\n')
    expect(everything).toContain('Bảo vệ an ninh Tổ quốc') // the search fragments were read
    expect(everything).not.toContain(CANARY_DRAFT)
    expect(everything).not.toContain(CANARY_TRASHED)
    expect(files.filter((f) => f.includes('canary'))).toEqual([])
  })

  test('home page: lead story first, latest news, and a block per section', () => {
    const doc = parsePage(site.dist, '/')
    expect(textOf(doc, '.lead-story h2')).toEqual(['Bảo vệ an ninh Tổ quốc trong tình hình mới'])
    expect(textOf(doc, '#latest-title + ul h3').slice(0, 2)).toEqual([
      'Tin an ninh số 22',
      'Tin an ninh số 21',
    ])
    // Sections in the order editors gave them (Giao thông is 2, the default is 100).
    expect(textOf(doc, '.home-blocks h2')).toEqual(['Giao thông', 'An ninh trật tự'])
    expect(textOf(doc, '.home-blocks section:nth-child(1) h3')).toEqual([
      'Xử lý nghiêm vi phạm nồng độ cồn',
      'Cảnh báo thủ đoạn <script>alert("xss")</script> lừa đảo',
    ])
  })

  test('section pages show 20 articles a page, the rest at /trang-2/', () => {
    const page1 = parsePage(site.dist, '/chuyen-muc/an-ninh-trat-tu/')
    const page2 = parsePage(site.dist, '/chuyen-muc/an-ninh-trat-tu/trang-2/')
    expect(textOf(page1, 'h1')).toEqual(['An ninh trật tự'])
    expect(page1.querySelectorAll('main .list > li')).toHaveLength(20)
    expect(textOf(page2, 'main .list h2')).toEqual([
      'Tin an ninh số 3',
      'Tin an ninh số 2',
      'Tin an ninh số 1',
    ])
    expect(page1.querySelector('a[rel="next"]')!.getAttribute('href')).toBe(
      '/chuyen-muc/an-ninh-trat-tu/trang-2/',
    )
    expect(textOf(parsePage(site.dist, '/chuyen-muc/giao-thong/'), 'main .list h2')).toHaveLength(2)
  })

  test('author, tag and monthly archive pages list their articles', () => {
    expect(textOf(parsePage(site.dist, '/tac-gia/minh-khoi/'), 'main .list h3')).toEqual([
      'Bảo vệ an ninh Tổ quốc trong tình hình mới',
      'Xử lý nghiêm vi phạm nồng độ cồn',
      'Cảnh báo thủ đoạn <script>alert("xss")</script> lừa đảo',
    ])
    expect(textOf(parsePage(site.dist, '/the/an-ninh/'), 'main .list h2')).toEqual([
      'Bảo vệ an ninh Tổ quốc trong tình hình mới',
      'Xử lý nghiêm vi phạm nồng độ cồn',
    ])
    // Hương Dịu signs 23 stories: 20 on the first page, the 3 oldest on the second.
    const first = parsePage(site.dist, '/tac-gia/huong-diu/')
    expect(textOf(first, 'main .list h3')).toHaveLength(20)
    expect(first.querySelector('.pagination a[rel="next"]')!.getAttribute('href')).toBe(
      '/tac-gia/huong-diu/trang-2/',
    )
    const second = parsePage(site.dist, '/tac-gia/huong-diu/trang-2/')
    expect(textOf(second, 'h1')).toEqual(['Hương Dịu'])
    expect(textOf(second, 'main .list h3')).toEqual([
      'Tin an ninh số 3',
      'Tin an ninh số 2',
      'Tin an ninh số 1',
    ])
    expect(second.querySelector('.pagination a[rel="prev"]')!.getAttribute('href')).toBe(
      '/tac-gia/huong-diu/',
    )
    expect(parsePage(site.dist, '/the/an-ninh/').querySelector('.pagination')).toBeNull()
    const may = parsePage(site.dist, '/luu-tru/2023/05/')
    expect(textOf(may, 'h1')).toEqual(['Lưu trữ tháng 5/2023'])
    expect(textOf(may, 'main .list h2')).toHaveLength(2)
    expect(textOf(parsePage(site.dist, '/luu-tru/2023/06/'), 'main .list h2')).toHaveLength(23)
  })

  test('static pages from MDX, the search page and a Vietnamese 404', () => {
    expect(textOf(parsePage(site.dist, '/gioi-thieu/'), 'main h2')).toEqual([
      'Vị trí, chức năng',
      'Nhiệm vụ chủ yếu',
      'Cơ cấu tổ chức',
    ])
    expect(textOf(parsePage(site.dist, '/lien-he/'), 'main td')).toContain('069 234 5678')
    expect(textOf(parsePage(site.dist, '/duong-day-nong/'), 'main td')).toContain('113')
    const english = parsePage(site.dist, '/en/')
    expect(english.documentElement.getAttribute('lang')).toBe('en')
    expect(textOf(english, 'main h2')).toEqual([
      'Organisation',
      'Contacts',
      'Emergency numbers (free, 24/7)',
    ])
    expect(
      parsePage(site.dist, '/tim-kiem/').querySelector('form[role="search"] input[name="q"]'),
    ).not.toBeNull()
    expect(textOf(parsePage(site.dist, '/404.html'), 'h1')).toEqual(['Không tìm thấy trang'])
  })

  test('RSS 2.0 for the whole site and for each section', () => {
    const rss = readText(site.dist, 'rss.xml')
    expect(rss).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<rss version="2.0"/)
    expect(rss.match(/<item>/g)).toHaveLength(25)
    expect(rss).toContain(
      `<item><title>Bảo vệ an ninh Tổ quốc trong tình hình mới</title><link>https://congan.example.vn${LEAD}</link>`,
    )
    expect(rss).toContain('<pubDate>Fri, 16 Jun 2023 16:02:00 GMT</pubDate>')
    const traffic = readText(site.dist, 'chuyen-muc/giao-thong/rss.xml')
    expect([...traffic.matchAll(/<item><title>([^<]+)</g)].map((m) => m[1])).toEqual([
      'Xử lý nghiêm vi phạm nồng độ cồn',
      'Cảnh báo thủ đoạn &lt;script&gt;alert(&quot;xss&quot;)&lt;/script&gt; lừa đảo',
    ])
  })

  test('sitemap lists absolute URLs of every page kind; robots.txt points at it', () => {
    const sitemap = readText(site.dist, 'sitemap.xml')
    for (const path of [
      LEAD,
      '/chuyen-muc/an-ninh-trat-tu/trang-2/',
      '/tac-gia/huong-diu/',
      '/tac-gia/huong-diu/trang-2/',
      '/the/tuan-tra/',
      '/luu-tru/2023/05/',
      '/lien-he/',
    ]) {
      expect(sitemap).toContain(`<loc>https://congan.example.vn${path}</loc>`)
    }
    expect(readText(site.dist, 'robots.txt')).toContain(
      'Sitemap: https://congan.example.vn/sitemap.xml',
    )
  })

  test('copies exactly the image variants the pages use, byte for byte, and encodes none', async () => {
    const files = listFiles(site.dist)
    const html = files
      .filter((f) => f.endsWith('.html'))
      .map((f) => readText(site.dist, f))
      .join('\n')
    const referenced = new Set(
      [...html.matchAll(/\/media\/([^"'\s,<>]+)/g)].map((m) => decodeURIComponent(m[1]!)),
    )
    const copied = files.filter((f) => f.startsWith('media/')).map((f) => f.slice('media/'.length))
    expect(copied.sort()).toEqual([...referenced].sort())
    const patrol = await cms.payload.findByID({ collection: 'media', id: news.patrol.id })
    expect(copied).toContain(versionedName('tuan-tra-640x400.avif', mediaVersion(patrol)))
    // Originals are never published.
    expect(copied.filter((name) => cmsFileName(name) === 'tuan-tra.jpg')).toEqual([])
    for (const name of copied) {
      const original = Buffer.from(
        await (await fetch(`${server.url}/api/media/file/${cmsFileName(name)}`)).arrayBuffer(),
      )
      expect(readFileSync(path.join(site.dist, 'media', name)).equals(original), name).toBe(true)
    }
    expect(
      files.filter((f) => f.startsWith('_astro/') && /\.(avif|webp|jpe?g|png)$/.test(f)),
    ).toEqual([])
  })

  test('stays within budgets: article HTML ≤ 20 KB, CSS ≤ 10 KB, JS ≤ 2 KB gzipped; nothing third-party', () => {
    const pages = listFiles(site.dist).filter((f) => f.endsWith('.html'))
    expect(gzipSize(readPage(site.dist, LEAD))).toBeLessThanOrEqual(20 * 1024)
    for (const page of pages) {
      const html = readText(site.dist, page)
      const linked = (re: RegExp) =>
        [...html.matchAll(re)].map((m) => readText(site.dist, m[1]!.slice(1)))
      const css = [
        ...linked(/<link rel="stylesheet" href="([^"]+)"/g),
        ...[...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!),
      ]
      const js = [
        ...linked(/<script[^>]* src="([^"]+)"/g),
        ...[...html.matchAll(/<script(?![^>]*(?:src=|ld\+json))[^>]*>([\s\S]*?)<\/script>/g)].map(
          (m) => m[1]!,
        ),
      ]
      expect(gzipSize(css.join('\n')), `CSS of ${page}`).toBeLessThanOrEqual(10 * 1024)
      if (page !== 'tim-kiem/index.html')
        expect(gzipSize(js.join('\n')), `JS of ${page}`).toBeLessThanOrEqual(2 * 1024)
      expect(html, page).not.toMatch(
        /<(?:script|img|source|iframe|link)[^>]+(?:src|srcset|href)="(?:https?:)?\/\/(?![^"]*congan\.example\.vn)[^"]*"[^>]*>/,
      )
      expect(css.join('\n'), page).not.toMatch(/@font-face|@import|url\(\s*['"]?(?:https?:)?\/\//)
    }
  })

  test('a rebuild fetches only what changed and drops an unpublished article', async () => {
    const before = server.requests.length
    await cms.payload.update({
      collection: 'articles',
      id: news.road.id,
      data: { title: 'Xử lý nghiêm vi phạm nồng độ cồn dịp lễ' },
      context: { skipRebuild: true },
    })
    await cms.payload.update({
      collection: 'articles',
      id: news.hostile.id,
      data: { _status: 'draft' } as never,
      context: { skipRebuild: true },
    })

    second = await site.run(server.url)

    expect(second.code).toBe(0)
    expect(second.output).toMatch(
      /articles: 1 fetched \(changed since [\d-]+T[\d:.]+Z\), 0 re-fetched, 1 removed, 24 in all/,
    )
    expect(second.output).toMatch(/media: \d+ image files referenced, 0 downloaded/)
    const articleFetches = server.requests
      .slice(before)
      .filter((r) => r.startsWith('/api/articles?depth=1'))
    expect(articleFetches.length).toBeGreaterThan(0)
    for (const request of articleFetches)
      expect(decodeURIComponent(request)).toContain('where[updatedAt][greater_than]=')
    expect(textOf(parsePage(site.dist, `/tin-tuc/${news.road.slug}/`), 'h1')).toEqual([
      'Xử lý nghiêm vi phạm nồng độ cồn dịp lễ',
    ])
    expect(listFiles(site.dist).some((f) => f.startsWith(`tin-tuc/${news.hostile.slug}/`))).toBe(
      false,
    )
    expect(readText(site.dist, 'rss.xml')).not.toContain('Cảnh báo thủ đoạn')
    console.log(`rebuild: ${second.output.match(/build:site: .*/)?.[0]}`)
  }, 300_000)

  test('a rebuild copies unchanged pages from the last build and leaves no page showing old data', () => {
    // The retitled article's page and the lead story (it lists it as related) are rendered again;
    // a filler story in the other section shows neither and is copied.
    const restored = (path: string) =>
      new RegExp(`${path}index\\.html \\(restored\\)`).test(second.output)
    expect(restored('/tin-tuc/tin-an-ninh-so-1/')).toBe(true)
    expect(restored(`/tin-tuc/${news.road.slug}/`)).toBe(false)
    expect(restored(LEAD)).toBe(false)
    expect(textOf(parsePage(site.dist, LEAD), '.related h3')).toContain(
      'Xử lý nghiêm vi phạm nồng độ cồn dịp lễ',
    )
    const stale = listFiles(site.dist)
      .filter((file) => /\.(html|xml)$/.test(file))
      .filter((file) =>
        /Xử lý nghiêm vi phạm nồng độ cồn(?! dịp lễ)/.test(readText(site.dist, file)),
      )
    expect(stale).toEqual([])
  })

  test('a rebuild after a caption edit shows the new caption on the page that uses the image', async () => {
    await cms.payload.update({
      collection: 'media',
      id: news.patrol.id,
      data: { caption: 'Tổ tuần tra cơ động trong đêm' },
      context: { skipRebuild: true },
    })

    const third = await site.run(server.url)

    expect(third.code).toBe(0)
    expect(textOf(parsePage(site.dist, LEAD), '.article figcaption')).toContain(
      'Tổ tuần tra cơ động trong đêm Ảnh: Thanh Hà',
    )
    // The tag page lists only the traffic story, which does not show the image.
    expect(third.output).toMatch(/\/the\/giao-thong\/index\.html \(restored\)/)
  }, 300_000)

  test('an unreachable CMS stops the build with the URL in the message, and no site', async () => {
    const elsewhere = createSiteBuild()
    try {
      const failed = await elsewhere.run('http://127.0.0.1:9')
      expect(failed.code).toBe(1)
      expect(failed.output).toMatch(
        /build:site failed: Cannot reach the CMS at http:\/\/127\.0\.0\.1:9\/api\/\w+\?/,
      )
      expect(() => listFiles(elsewhere.dist)).toThrow(/ENOENT/)
    } finally {
      await elsewhere.remove()
    }
  }, 120_000)
})
