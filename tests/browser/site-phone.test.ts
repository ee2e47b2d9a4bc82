import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { type StaticServer, startStaticServer } from '../../publisher/src/server/static-server'
import { SITE_INFO } from '../../site/src/site-info'
import { startTestCms, type TestCms } from '../helpers/payload'
import { type RestServer, startRestServer } from '../helpers/rest-server'
import { createSiteBuild, type SiteBuild } from '../site/helpers/run-build'
import { seedNews } from '../site/helpers/seed-news'
import {
  LEADERS_TITLES,
  LONG_SECTIONS,
  SCAM_TITLE,
  seedReaderNews,
  UNDATED_TITLE,
  WANTED_TITLE,
} from '../site/helpers/seed-reader'
import { launchChromium, runAxe } from './helpers/browser'

const SITE_URL = 'https://congan.example.vn'
const LEAD = '/tin-tuc/bao-ve-an-ninh-to-quoc-trong-tinh-hinh-moi/'
const FILLER = '/tin-tuc/tin-an-ninh-so-12/'
const PAGES = {
  home: '/',
  article: LEAD,
  category: '/chuyen-muc/an-ninh-trat-tu/',
  'category page 2': '/chuyen-muc/an-ninh-trat-tu/trang-2/',
  search: '/tim-kiem/?q=l%E1%BB%ABa%20%C4%91%E1%BA%A3o',
  author: '/tac-gia/huong-diu/',
  tag: '/the/an-ninh/',
  archive: '/luu-tru/',
  month: '/luu-tru/2023/06/',
  'static page': '/lien-he/',
  english: '/en/',
  'not found': '/khong-co-trang-nay/',
}
const WIDTHS = [390, 768, 1280, 1920]
/** Every step of the A−/A+ controls (reader-tools.ts clamps to -1…4). */
const SCALES = [-1, 0, 1, 2, 3, 4]
// In the CMS's order: sections with an order number first; the basic section has none.
const SECTION_NAMES = ['Giao thông', ...LONG_SECTIONS.map(([name]) => name), 'An ninh trật tự']
// Home, the sections, then the police portal's own pages (wanted notices, documents, reception).
const MENU_NAMES = ['Trang chủ', ...SECTION_NAMES, 'Truy nã', 'Văn bản', 'Lịch tiếp công dân']

let cms: TestCms
let rest: RestServer
let site: SiteBuild
let web: StaticServer
let browser: Browser

beforeAll(async () => {
  cms = await startTestCms()
  const news = await seedNews(cms.payload)
  await seedReaderNews(cms.payload, news)
  rest = await startRestServer(cms.config)
  site = createSiteBuild()
  const build = await site.run(rest.url)
  if (build.code !== 0) throw new Error(`site build failed:\n${build.output}`)
  await rest.close()
  web = await startStaticServer({ root: site.dist, port: 0, log: () => {} })
  browser = await launchChromium()
}, 300_000)

afterAll(async () => {
  await browser?.close()
  await web?.close()
  await cms?.close()
  await site?.remove()
})

/** A reader on a screen `width` wide who chose text size `scale` earlier (remembered by the site). */
async function reader(
  width: number,
  scale = 0,
  options: { javaScriptEnabled?: boolean } = {},
): Promise<BrowserContext> {
  const context = await browser.newContext({
    viewport: { width, height: width < 500 ? 844 : 900 },
    ...options,
  })
  await context.addInitScript((s) => localStorage.setItem('bantin:font-scale', s), String(scale))
  return context
}

const scrollWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth)

/** The menu button as Chromium tells screen readers about it. */
async function disclosure(context: BrowserContext, page: Page) {
  const cdp = await context.newCDPSession(page)
  const { nodes } = await cdp.send('Accessibility.getFullAXTree')
  const button = nodes.find((node) => node.role?.value === 'DisclosureTriangle')
  const expanded = button?.properties?.find((p) => p.name === 'expanded')?.value.value
  return { name: button?.name?.value, expanded }
}

/**
 * Runs in every page before its own scripts: adds up its layout shifts as CLS counts them (not
 * those within 0.5 s of the reader's own input) and names the elements that moved.
 */
function recordLayoutShifts() {
  interface Shift {
    value: number
    hadRecentInput: boolean
    sources?: Array<{ node?: Node | null }>
  }
  const record = { total: 0, moved: [] as string[] }
  ;(window as unknown as { layoutShifts: typeof record }).layoutShifts = record
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as unknown as Shift[]) {
      if (entry.hadRecentInput) continue
      record.total += entry.value
      for (const { node } of entry.sources ?? []) {
        const el = node instanceof Element ? node : null
        record.moved.push(el ? `${el.localName}${el.id ? `#${el.id}` : ''}.${el.className}` : '?')
      }
    }
  }).observe({ type: 'layout-shift', buffered: true })
}

const layoutShifts = (page: Page) =>
  page.evaluate(
    () => (window as unknown as { layoutShifts: { total: number; moved: string[] } }).layoutShifts,
  )

const menuLinks = (page: Page) =>
  page.getByRole('navigation', { name: 'Chuyên mục' }).getByRole('link')

describe('the site on a phone, a tablet and desktops, at every text size', () => {
  test('no page scrolls sideways at 390, 768, 1280 or 1920 px, whatever the text size', async () => {
    const wide: string[] = []
    for (const width of WIDTHS) {
      for (const scale of SCALES) {
        const context = await reader(width, scale)
        const page = await context.newPage()
        for (const [name, path] of Object.entries(PAGES)) {
          await page.goto(web.url + path)
          if (name === 'search') await page.locator('#search-results h2').first().waitFor()
          const scrolled = await scrollWidth(page)
          if (scrolled > width)
            wide.push(`${name} at ${width} px, text size ${scale}: ${scrolled} px wide`)
        }
        await context.close()
      }
    }
    expect(wide).toEqual([])
  }, 300_000)

  test('on a phone the menu is a button that opens without JavaScript, by keyboard, and says whether it is open', async () => {
    const context = await reader(390, 4, { javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(web.url + LEAD)
    const button = page.locator('.menu-toggle > summary')
    await expect(button.textContent()).resolves.toBe('Chuyên mục')
    expect(await menuLinks(page).first().isVisible()).toBe(false)
    // Screen readers hear a collapsed disclosure; keyboard users reach it with Tab and open it with Enter.
    expect(await disclosure(context, page)).toEqual({ name: 'Chuyên mục', expanded: false })
    await page.keyboard.press('Tab') // the skip link
    for (let i = 0; i < 10 && !(await button.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press('Tab')
    expect(await button.evaluate((el) => el === document.activeElement)).toBe(true)
    await page.keyboard.press('Enter')
    expect(await disclosure(context, page)).toEqual({ name: 'Chuyên mục', expanded: true })
    expect(await menuLinks(page).allTextContents()).toEqual(MENU_NAMES)
    for (const link of await menuLinks(page).all()) {
      expect(await link.isVisible()).toBe(true)
      const box = (await link.boundingBox())!
      expect(box.x).toBeGreaterThanOrEqual(0)
      expect(box.x + box.width).toBeLessThanOrEqual(390)
    }
    await page.keyboard.press('Enter')
    expect(await menuLinks(page).first().isVisible()).toBe(false)
    await context.close()
  })

  test('every menu item can be reached at every width and text size, without scrolling sideways', async () => {
    const unreachable: string[] = []
    for (const width of WIDTHS) {
      for (const scale of [0, 4]) {
        const context = await reader(width, scale)
        const page = await context.newPage()
        await page.goto(web.url + '/chuyen-muc/giao-thong/')
        const button = page.locator('.menu-toggle > summary')
        if (await button.isVisible()) await button.click()
        for (const link of await menuLinks(page).all()) {
          const box = await link.boundingBox()
          const name = await link.textContent()
          if (!box || box.x < 0 || box.x + box.width > width)
            unreachable.push(`${name} at ${width} px, size ${scale}`)
        }
        expect(await menuLinks(page).allTextContents()).toEqual(MENU_NAMES)
        await context.close()
      }
    }
    expect(unreachable).toEqual([])
  })

  test('wide screens show the whole menu at once, the current section marked', async () => {
    const context = await reader(1280)
    const page = await context.newPage()
    await page.goto(web.url + '/chuyen-muc/giao-thong/')
    expect(await page.locator('.menu-toggle > summary').isVisible()).toBe(false)
    for (const link of await menuLinks(page).all()) expect(await link.isVisible()).toBe(true)
    expect(await page.locator('.nav a[aria-current="page"]').textContent()).toBe('Giao thông')
    await context.close()
  })

  test('at the largest text size a phone header leaves most of the screen to the page, search box whole', async () => {
    const context = await reader(390, 4)
    const page = await context.newPage()
    await page.goto(web.url + LEAD)
    const header =
      (await page.locator('.masthead').boundingBox())!.height +
      (await page.locator('.nav').boundingBox())!.height
    expect(header).toBeLessThan(844 * 0.3)
    const search = (await page.getByRole('searchbox', { name: 'Tìm tin bài' }).boundingBox())!
    const button = (await page.locator('.header-search button').boundingBox())!
    expect(search.x).toBeGreaterThanOrEqual(0)
    expect(button.x + button.width).toBeLessThanOrEqual(390)
    expect(await page.locator('.header-search button').textContent()).toBe('Tìm')
    expect(button.height).toBeLessThan(70)
    await context.close()
  })

  test('the phone home page lists its stories as compact rows with small pictures', async () => {
    const context = await reader(390)
    const page = await context.newPage()
    await page.goto(web.url + '/')
    const items = page.locator('main .grid > li, main .list > li')
    const heights = await items.evaluateAll((lis) =>
      lis.map((li) => li.getBoundingClientRect().height),
    )
    expect(heights.length).toBeGreaterThanOrEqual(8)
    expect(Math.max(...heights)).toBeLessThan(170)
    const thumb = (await page.locator('main .grid .has-image img').first().boundingBox())!
    expect(thumb.width).toBeLessThan(130)
    await context.close()
  })
})

describe('the search box and search', () => {
  test('every page has a search box in its header that opens the search page with the words', async () => {
    const context = await reader(390)
    const page = await context.newPage()
    for (const path of [
      PAGES.home,
      PAGES.article,
      PAGES.category,
      PAGES.archive,
      PAGES['not found'],
    ]) {
      await page.goto(web.url + path)
      expect(
        await page.getByRole('search', { name: 'Tìm kiếm' }).getByRole('searchbox').isVisible(),
      ).toBe(true)
    }
    await page.getByRole('searchbox', { name: 'Tìm tin bài' }).fill('truy nã')
    await page.getByRole('searchbox', { name: 'Tìm tin bài' }).press('Enter')
    await page.waitForURL(/\/tim-kiem\/\?q=/)
    await page.locator('#search-results h2').first().waitFor()
    expect((await page.locator('#search-results h2').allTextContents())[0]).toBe(WANTED_TITLE)
    await context.close()
  })

  test('"lừa đảo" lists the article that says "lừa đảo" before those that only fold to it ("lãnh đạo", "lựa chọn")', async () => {
    const context = await reader(1280)
    const page = await context.newPage()
    await page.goto(`${web.url}/tim-kiem/?q=${encodeURIComponent('lừa đảo')}`)
    await page.locator('#search-results h2').first().waitFor()
    const titles = await page.locator('#search-results h2').allTextContents()
    // Both say "lừa đảo" (one in its title only); the folded-only matches are newer, yet come after.
    expect(titles.slice(0, 2).sort()).toEqual(
      [SCAM_TITLE, 'Cảnh báo thủ đoạn <script>alert("xss")</script> lừa đảo'].sort(),
    )
    for (const title of LEADERS_TITLES) expect(titles.indexOf(title)).toBeGreaterThan(1)
    // The matched words, marks as written, are highlighted in a short excerpt, not the whole lead.
    const first = page.locator('#search-results li', { hasText: SCAM_TITLE })
    expect(await first.locator('mark').allTextContents()).toEqual(
      expect.arrayContaining(['lừa', 'đảo']),
    )
    const excerpt = (await first.locator('.excerpt').textContent())!
    expect(excerpt).toContain('Các đối tượng lừa đảo yêu cầu chuyển tiền')
    expect(excerpt.split(/\s+/).length).toBeLessThanOrEqual(32)
    await context.close()
  })

  test('typed without marks, "truy na" still finds the wanted notice first', async () => {
    const context = await reader(390)
    const page = await context.newPage()
    await page.goto(`${web.url}/tim-kiem/?q=truy+na`)
    await page.locator('#search-results h2').first().waitFor()
    expect((await page.locator('#search-results h2').allTextContents())[0]).toBe(WANTED_TITLE)
    expect(
      await page.locator('#search-results li').first().locator('mark').first().textContent(),
    ).toBe('truy')
    await context.close()
  })

  test('results arrive without moving anything on screen (no layout shift)', async () => {
    for (const width of [390, 1280]) {
      const context = await reader(width)
      const page = await context.newPage()
      await page.addInitScript(() => {
        const w = window as unknown as { shifts: number }
        w.shifts = 0
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as unknown as Array<{
            value: number
            hadRecentInput: boolean
          }>) {
            if (!entry.hadRecentInput) w.shifts += entry.value
          }
        }).observe({ type: 'layout-shift', buffered: true })
      })
      await page.goto(`${web.url}/tim-kiem/?q=an+ninh`)
      await page.locator('#search-results h2').first().waitFor()
      await page.waitForTimeout(300)
      expect(
        await page.evaluate(() => (window as unknown as { shifts: number }).shifts),
      ).toBeLessThan(0.01)
      await context.close()
    }
  })

  test('a query typed into a search box: the results render with a cumulative layout shift under 0.1', async () => {
    const measured: string[] = []
    for (const width of [390, 1280]) {
      // The search page's own box, and the header's box on the home page.
      for (const [start, box] of [
        ['/tim-kiem/', '#q'],
        ['/', '#site-search'],
      ] as const) {
        const context = await reader(width)
        await context.addInitScript(recordLayoutShifts)
        const page = await context.newPage()
        await page.goto(web.url + start)
        await page.locator(box).click()
        await page.keyboard.type('lừa đảo', { delay: 20 })
        const whileTyping = await layoutShifts(page)
        await page.keyboard.press('Enter')
        await page.waitForURL(/\/tim-kiem\/\?q=/)
        await page
          .locator('#search-status')
          .filter({ hasText: /^Tìm thấy \d+ bài/ })
          .waitFor()
        expect(await page.locator('#search-results h2').count()).toBeGreaterThan(2)
        // Layout-shift entries are delivered after the frame that moved things.
        await page.waitForTimeout(500)
        const onResults = await layoutShifts(page)
        const cls = whileTyping.total + onResults.total
        measured.push(`${start} at ${width} px: CLS ${cls.toFixed(3)}`)
        expect(cls, `${start} at ${width} px moved ${onResults.moved.join(', ')}`).toBeLessThan(0.1)
        await context.close()
      }
    }
    console.log(`search layout shift: ${measured.join('; ')}`)
  })

  test('without JavaScript the search page says how to browse instead: the archive and every section', async () => {
    const context = await reader(390, 0, { javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${web.url}/tim-kiem/?q=an+ninh`)
    const browse = page.locator('.search-browse')
    expect(await browse.isVisible()).toBe(true)
    expect(await browse.getByRole('link', { name: 'Lưu trữ' }).getAttribute('href')).toBe(
      '/luu-tru/',
    )
    expect(await browse.getByRole('link', { name: 'Giao thông' }).getAttribute('href')).toBe(
      '/chuyen-muc/giao-thong/',
    )
    await context.close()
  })
})

describe('print', () => {
  test('a printed article names the site, its address and its publication date, on A4, pictures within the page', async () => {
    const context = await reader(1280)
    const page = await context.newPage()
    await page.goto(web.url + LEAD)
    expect(await page.locator('.print-source').isVisible()).toBe(false)
    await page.emulateMedia({ media: 'print' })
    const source = page.locator('.print-source')
    expect(await source.isVisible()).toBe(true)
    expect(await source.innerText()).toBe(
      `${SITE_INFO.title}\n${SITE_URL}${LEAD}\nĐăng ngày Thứ Sáu, 16/06/2023 23:02`,
    )
    expect(await page.locator('.masthead').isVisible()).toBe(false)
    expect(await page.locator('.nav').isVisible()).toBe(false)
    const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1')
    // A4 is 595 × 842 points.
    const [, w, h] = pdf.match(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/)!
    expect([Math.round(Number(w)), Math.round(Number(h))]).toEqual([595, 842])
    // At A4's printable width (15 mm margins), no picture is wider than the text.
    await page.setViewportSize({ width: 680, height: 900 })
    const body = (await page.locator('.article').boundingBox())!
    for (const img of await page.locator('.article img').all()) {
      const box = (await img.boundingBox())!
      expect(box.x + box.width).toBeLessThanOrEqual(body.x + body.width + 1)
    }
    await context.close()
  })
})

describe('English pages', () => {
  test('/en/ has English chrome: language, skip link, menu, search box, text-size buttons and footer', async () => {
    const context = await reader(390)
    const page = await context.newPage()
    await page.goto(web.url + '/en/')
    expect(await page.locator('html').getAttribute('lang')).toBe('en')
    expect(await page.locator('.skip').textContent()).toBe('Skip to main content')
    expect(await page.locator('.menu-toggle > summary').textContent()).toBe('Sections')
    expect(await page.getByRole('navigation', { name: 'Sections' }).isVisible()).toBe(true)
    expect(await page.getByRole('button', { name: 'Search' }).isVisible()).toBe(true)
    expect(await page.getByRole('button', { name: 'A+ Larger text' }).isVisible()).toBe(true)
    const footer = await page.locator('.footer').innerText()
    expect(footer).toContain('Telephone:')
    expect(footer).not.toContain('Điện thoại')
    // Section names stay Vietnamese, and say so to screen readers.
    expect(await page.locator('.menu-list li[lang="vi"]').count()).toBe(SECTION_NAMES.length)
    await context.close()
  })
})

describe('accessibility of the phone layout', () => {
  test('on a phone at the largest text size, with the menu open, home, an article and /en/ have no WCAG 2.1 AA violations', async () => {
    const context = await reader(390, 4)
    const page = await context.newPage()
    for (const path of ['/', LEAD, '/en/']) {
      await page.goto(web.url + path)
      await page.locator('.menu-toggle > summary').click()
      expect([path, await runAxe(page)]).toEqual([path, []])
    }
    await context.close()
  })
})

describe('article details', () => {
  test('"Tin liên quan" never repeats the previous or next article, and lines up with the article', async () => {
    const context = await reader(1280)
    const page = await context.newPage()
    await page.goto(web.url + FILLER)
    const neighbours = await page
      .locator('.prev-next a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')))
    const related = await page
      .locator('.related h3 a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')))
    expect(neighbours).toHaveLength(2)
    expect(related.length).toBeGreaterThan(0)
    expect(related.filter((href) => neighbours.includes(href))).toEqual([])
    const article = (await page.locator('article.article').boundingBox())!
    const block = (await page.locator('.related').boundingBox())!
    expect([Math.round(block.x), Math.round(block.width)]).toEqual([
      Math.round(article.x),
      Math.round(article.width),
    ])
    await context.close()
  })

  test('the credit is set apart from the caption: its own line, upright, smaller', async () => {
    const context = await reader(1280)
    const page = await context.newPage()
    await page.goto(web.url + LEAD)
    const caption = page.locator('.article figcaption').first()
    expect(await caption.innerText()).toBe('Cầu vượt nút giao phía Bắc thành phố\nẢnh: Minh Khôi')
    const style = (selector: string) =>
      caption.evaluate((el, s) => {
        const target = s ? el.querySelector(s)! : el
        const css = getComputedStyle(target)
        return {
          display: css.display,
          fontStyle: css.fontStyle,
          fontSize: parseFloat(css.fontSize),
        }
      }, selector)
    const [text, credit] = [await style(''), await style('.credit')]
    expect([text.fontStyle, credit.fontStyle, credit.display]).toEqual([
      'italic',
      'normal',
      'block',
    ])
    expect(credit.fontSize).toBeLessThan(text.fontSize)
    await context.close()
  })

  test('an imported article with no known time shows its date alone, never "00:00"', async () => {
    const context = await reader(1280)
    const page = await context.newPage()
    await page.goto(web.url + '/chuyen-muc/giao-thong/')
    const card = page.locator('.card', { hasText: UNDATED_TITLE })
    expect(await card.locator('time').textContent()).toBe('Chủ Nhật, 01/01/2023')
    expect(await card.locator('time').getAttribute('datetime')).toBe('2023-01-01')
    await context.close()
  })
})
