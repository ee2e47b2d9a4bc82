import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { PASSWORD } from '../helpers/staff'
import { startStack, type TestStack } from '../../scripts/lib/start-stack'
import { launchChromium } from './helpers/browser'
import { readScreen } from './helpers/screen-text'

const EDITOR = 'bientap@congan.test'

/**
 * English (or code) that staff saw or heard in the admin before it was translated (issue 11): each
 * is looked for in the visible text, in the text only screen readers read, and in aria-label,
 * title and placeholder attributes.
 */
const NOT_VIETNAMESE: RegExp[] = [
  /\[object Object\]/,
  /\bAPI\b/,
  /Published At/i,
  /_tz\b/,
  /\bw\d+_(webp|avif)\b/,
  /Dung lượng file/,
  /Xuất bản tài liệu/,
  /Ẩn tài liệu/,
  /Quy tắc ngang/,
  /Edit link|Remove link|Drag to move|Add block/,
  /Close toast|Notifications/,
  /To pick up a draggable item/,
  /Build Problem|Thumbnail URL|MIME Type|select-all/,
]

let stack: TestStack
let browser: Browser
let admin: string

beforeAll(async () => {
  stack = await startStack()
  admin = `http://localhost:${stack.port}`
  await stack.createUser({ email: 'quantri@congan.test', role: 'admin', name: 'Quản trị', password: PASSWORD })
  await stack.createUser({ email: EDITOR, role: 'editor', name: 'Biên tập viên', password: PASSWORD })
  browser = await launchChromium()
}, 600_000)

afterAll(async () => {
  await browser?.close()
  await stack?.remove()
}, 60_000)

/** Every pattern above found on the page as it is now, with where it was seen. */
async function englishOn(page: Page, screen: string): Promise<string[]> {
  const strings = await readScreen(page)
  return strings.flatMap((text) =>
    NOT_VIETNAMESE.filter((pattern) => pattern.test(text)).map(() => `${screen}: ${text.slice(0, 120)}`),
  )
}

/** Loaded and hydrated: the toast list's label is translated in the browser, once React runs. */
async function settle(page: Page) {
  await page.waitForLoadState('networkidle', { timeout: 60_000 }).catch(() => undefined)
  await page.locator('section[aria-label="Thông báo (Alt+T)"]').waitFor({ state: 'attached', timeout: 30_000 })
}

async function openColumnPicker(page: Page) {
  await page.locator('.list-controls__toggle-columns').click()
  await page.locator('.pill-selector, .column-selector').first().waitFor({ timeout: 30_000 })
}

describe('the admin in Vietnamese', () => {
  test('an editor walking the main screens meets no English and no [object Object]', async () => {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage()
    const found: string[] = []
    await page.goto(`${admin}/admin/login`)
    await page.getByRole('button', { name: 'Đăng nhập' }).waitFor()
    await settle(page)
    found.push(...(await englishOn(page, 'login')))
    await page.getByLabel('Email').fill(EDITOR)
    await page.getByLabel('Mật khẩu').fill(PASSWORD)
    await page.getByRole('button', { name: 'Đăng nhập' }).click()
    await page.waitForURL((url) => !url.pathname.endsWith('/login'), { timeout: 60_000 })
    await page.getByRole('heading', { name: 'Trang tin công khai' }).waitFor({ timeout: 30_000 })
    await settle(page)
    found.push(...(await englishOn(page, 'dashboard')))

    for (const collection of ['articles', 'media', 'authors', 'categories']) {
      await page.goto(`${admin}/admin/collections/${collection}`)
      await page.locator('.table tbody tr').first().waitFor({ timeout: 60_000 })
      await settle(page)
      await openColumnPicker(page)
      found.push(...(await englishOn(page, `${collection} list, columns open`)))
      await page.goto(`${admin}/admin/collections/${collection}/1`)
      await page.locator('.doc-controls').waitFor({ timeout: 60_000 })
      await settle(page)
      found.push(...(await englishOn(page, `${collection} 1`)))
    }

    // The body editor: its block handles, its "/" menu, a link's floating editor, a toast.
    await page.goto(`${admin}/admin/collections/articles/1`)
    const body = page.locator('.rich-text-lexical [contenteditable="true"]')
    await body.locator('p').first().hover()
    await page.locator('[aria-label="Kéo để di chuyển"]').waitFor({ state: 'attached', timeout: 30_000 })
    await body.locator('p').last().click()
    await page.keyboard.press('End')
    await page.keyboard.type(' Xem thêm tại https://congan.example.vn ')
    // The address became a link as it was typed; the cursor back inside it opens its editor.
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowLeft')
    await page.getByRole('button', { name: 'Sửa liên kết' }).waitFor({ timeout: 30_000 })
    found.push(...(await englishOn(page, 'article body, link selected')))
    await page.keyboard.press('End')
    await page.keyboard.press('Enter')
    await page.keyboard.type('/')
    await page.locator('.slash-menu-popup').getByText('Đường kẻ ngang').waitFor({ timeout: 30_000 })
    found.push(...(await englishOn(page, 'article body, "/" menu')))
    await page.keyboard.press('Escape')
    await page.getByRole('button', { name: 'Lưu bản nháp' }).click()
    await page.getByRole('button', { name: 'Đóng thông báo' }).first().waitFor({ timeout: 30_000 })
    found.push(...(await englishOn(page, 'article saved, toast shown')))

    await page.goto(`${admin}/admin/collections/articles/1/versions`)
    await settle(page)
    found.push(...(await englishOn(page, 'article versions')))
    await page.goto(`${admin}/admin/account`)
    await settle(page)
    found.push(...(await englishOn(page, 'account')))
    await page.context().close()

    expect([...new Set(found)]).toEqual([])
  }, 400_000)

  test('the "API" view of a document is not offered', async () => {
    const page = await (await browser.newContext()).newPage()
    await page.goto(`${admin}/admin/login`)
    await page.getByLabel('Email').fill(EDITOR)
    await page.getByLabel('Mật khẩu').fill(PASSWORD)
    await page.getByRole('button', { name: 'Đăng nhập' }).click()
    await page.waitForURL((url) => !url.pathname.endsWith('/login'), { timeout: 60_000 })
    await page.goto(`${admin}/admin/collections/articles/1/api`)
    // Payload answers an address it has no view for with its "not found" page.
    await page.getByText('Không tìm thấy', { exact: false }).first().waitFor({ timeout: 60_000 })
    expect(await page.locator('.query-inspector, .api-view').count()).toBe(0)
    await page.context().close()
  }, 120_000)
})
