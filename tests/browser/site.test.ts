import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { type StaticServer, startStaticServer } from '../../publisher/src/server/static-server'
import { startTestCms, type TestCms } from '../helpers/payload'
import { type RestServer, startRestServer } from '../helpers/rest-server'
import { createSiteBuild, type SiteBuild } from '../site/helpers/run-build'
import { CANARY_DRAFT, seedNews } from '../site/helpers/seed-news'
import { launchChromium, runAxe } from './helpers/browser'

const LEAD = '/tin-tuc/bao-ve-an-ninh-to-quoc-trong-tinh-hinh-moi/'
const LEAD_TITLE = 'Bảo vệ an ninh Tổ quốc trong tình hình mới'
let cms: TestCms
let rest: RestServer
let site: SiteBuild
let web: StaticServer
let browser: Browser

beforeAll(async () => {
  cms = await startTestCms()
  await seedNews(cms.payload)
  rest = await startRestServer(cms.config)
  site = createSiteBuild()
  const build = await site.run(rest.url)
  if (build.code !== 0) throw new Error(`site build failed:\n${build.output}`)
  // The CMS is stopped before browsing: the built site must stand on its own.
  await rest.close()
  // The live-site server itself, serving the build as it serves a release.
  web = await startStaticServer({ root: site.dist, port: 0, log: () => {} })
  browser = await launchChromium()
}, 300_000)

afterAll(async () => {
  await browser?.close()
  await web?.close()
  await cms?.close()
  await site?.remove()
})

/** A page that records every request it makes. */
async function openPage(path: string, options: { javaScriptEnabled?: boolean } = {}) {
  const context = await browser.newContext(options)
  const page = await context.newPage()
  const requests: string[] = []
  page.on('request', (request) => requests.push(request.url()))
  await page.goto(web.url + path)
  return { page, requests, close: () => context.close() }
}

const rootFontSize = (page: Page) =>
  page.evaluate(() => getComputedStyle(document.documentElement).fontSize)

async function searchFor(page: Page, query: string): Promise<string[]> {
  await page.goto(`${web.url}/tim-kiem/?q=${encodeURIComponent(query)}`)
  await page
    .locator('#search-status')
    .filter({ hasText: /Tìm thấy|Không tìm thấy/ })
    .waitFor()
  return page.locator('#search-results h2').allTextContents()
}

describe('site in Chromium', () => {
  test('font-size controls enlarge text and the choice follows the reader to other pages', async () => {
    const { page, close } = await openPage(LEAD)
    expect(await rootFontSize(page)).toBe('18px')
    await page.getByRole('button', { name: 'Tăng cỡ chữ' }).click()
    await page.getByRole('button', { name: 'Tăng cỡ chữ' }).click()
    expect(await rootFontSize(page)).toBe('22px')
    await page.goto(`${web.url}/`)
    expect(await rootFontSize(page)).toBe('22px')
    await page.getByRole('button', { name: 'Giảm cỡ chữ' }).click()
    await page.goto(`${web.url}/chuyen-muc/giao-thong/`)
    expect(await rootFontSize(page)).toBe('20px')
    await close()
  })

  test('an article reads fully with JavaScript off, without the controls that need it', async () => {
    const { page, close } = await openPage(LEAD, { javaScriptEnabled: false })
    await expect(page.locator('h1').textContent()).resolves.toBe(LEAD_TITLE)
    expect(await page.locator('.body').innerText()).toContain(
      'Lực lượng Công an quyết tâm bảo vệ an ninh Tổ quốc',
    )
    expect(await page.locator('.article figcaption').first().innerText()).toBe(
      'Cầu vượt nút giao phía Bắc thành phố\nẢnh: Minh Khôi',
    )
    expect(await page.getByRole('button', { name: 'Tăng cỡ chữ' }).isVisible()).toBe(false)
    expect(await page.getByRole('link', { name: /Facebook/ }).isVisible()).toBe(true)
    await close()
  })

  test('search finds an article typed without diacritics, with them, and through the form', async () => {
    const { page, requests, close } = await openPage('/tim-kiem/')
    expect((await searchFor(page, 'bao ve an ninh to quoc'))[0]).toBe(LEAD_TITLE)
    expect((await searchFor(page, 'bảo vệ an ninh Tổ quốc'))[0]).toBe(LEAD_TITLE)
    await page.getByLabel('Từ khóa tìm kiếm').fill('nong do con')
    await page.getByRole('main').getByRole('button', { name: 'Tìm' }).click()
    await page.locator('#search-results h2').first().waitFor()
    expect(await page.locator('#search-results h2').allTextContents()).toEqual([
      'Xử lý nghiêm vi phạm nồng độ cồn',
    ])
    expect(await page.locator('#search-results .meta').first().textContent()).toBe(
      'Giao thông · 28/05/2023',
    )
    expect(await searchFor(page, CANARY_DRAFT)).toEqual([])
    expect(requests.filter((url) => !url.startsWith(web.url))).toEqual([])
    await close()
  })

  test.each([
    ['home', '/'],
    ['article', LEAD],
    ['category', '/chuyen-muc/an-ninh-trat-tu/'],
    ['search', '/tim-kiem/?q=an%20ninh'],
  ])(
    'the %s page has no WCAG 2.1 AA violations and makes no third-party request',
    async (_name, path) => {
      const { page, requests, close } = await openPage(path)
      if (path.startsWith('/tim-kiem/')) await page.locator('#search-results h2').first().waitFor()
      expect(await runAxe(page)).toEqual([])
      expect(requests.filter((url) => !url.startsWith(web.url))).toEqual([])
      await close()
    },
  )
})
