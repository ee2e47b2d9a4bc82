import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { DEPARTMENT } from '../../content-types/department'
import { PASSWORD } from '../helpers/staff'
import { startStack, type TestStack } from '../../scripts/lib/start-stack'
import { launchChromium } from './helpers/browser'
import { readScreen } from './helpers/screen-text'

const ADMIN = 'quantri@congan.test'
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
  // No account yet: the first test makes the first one on the admin's own screen.
  stack = await startStack()
  admin = `http://localhost:${stack.port}`
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
    NOT_VIETNAMESE.filter((pattern) => pattern.test(text)).map(
      () => `${screen}: ${text.slice(0, 120)}`,
    ),
  )
}

/** Loaded and hydrated: the toast list's label is translated in the browser, once React runs. */
async function settle(page: Page) {
  await page.waitForLoadState('networkidle', { timeout: 60_000 }).catch(() => undefined)
  await page
    .locator('section[aria-label="Thông báo (Alt+T)"]')
    .waitFor({ state: 'attached', timeout: 30_000 })
}

async function openColumnPicker(page: Page) {
  await page.locator('.list-controls__toggle-columns').click()
  await page.locator('.pill-selector, .column-selector').first().waitFor({ timeout: 30_000 })
}

describe('the admin in Vietnamese', () => {
  test('the first-account screen offers no role and says the account is the admin; it is', async () => {
    const page = await (await browser.newContext()).newPage()
    await page.goto(`${admin}/admin`)
    await page.waitForURL(/\/admin\/create-first-user/, { timeout: 60_000 })
    await page.getByText('Tài khoản này là tài khoản quản trị').waitFor({ timeout: 60_000 })
    expect(await page.getByText('Vai trò', { exact: true }).count()).toBe(0)
    expect(await page.locator('#field-role').count()).toBe(0)
    await page.getByLabel('Email').fill(ADMIN)
    await page.getByLabel('Mật khẩu mới').fill(PASSWORD)
    await page.getByLabel('Xác nhận mật khẩu').fill(PASSWORD)
    await page.getByRole('button', { name: 'Tạo', exact: true }).click()
    await page.waitForURL((url) => !url.pathname.includes('create-first-user'), { timeout: 60_000 })
    const me = await page.evaluate(
      async (url) => (await fetch(url, { credentials: 'include' })).json(),
      `${admin}/api/users/me`,
    )
    expect(me.user).toMatchObject({ email: ADMIN, role: 'admin' })
    await page.context().close()
    await stack.createUser({
      email: EDITOR,
      role: 'editor',
      name: 'Biên tập viên',
      password: PASSWORD,
    })
  }, 180_000)

  test("the login screen shows the department's name and emblem, not Payload's; tabs carry its name", async () => {
    const page = await (await browser.newContext()).newPage()
    await page.goto(`${admin}/admin/login`)
    const logo = page.locator('.login__brand')
    await logo.getByText(DEPARTMENT.name, { exact: true }).waitFor({ timeout: 60_000 })
    expect(await logo.locator('svg circle').count()).toBe(2)
    expect(await page.locator('.graphic-logo, .graphic-icon').count()).toBe(0)
    expect(await page.title()).toBe(`Đăng nhập – ${DEPARTMENT.name}`)
    const icons = await page
      .locator('link[rel="icon"]')
      .evaluateAll((links) => links.map((l) => l.getAttribute('href')))
    expect(icons).toEqual([expect.stringMatching(/^data:image\/svg\+xml,/)])
    await page.getByLabel('Email').fill(EDITOR)
    await page.getByLabel('Mật khẩu').fill(PASSWORD)
    await page.getByRole('button', { name: 'Đăng nhập' }).click()
    await page.waitForURL((url) => !url.pathname.endsWith('/login'), { timeout: 60_000 })
    await page.goto(`${admin}/admin/collections/articles`)
    await expect.poll(() => page.title(), { timeout: 30_000 }).toBe(`Bài viết – ${DEPARTMENT.name}`)
    expect(await page.getByRole('img', { name: `Biểu trưng ${DEPARTMENT.name}` }).count()).toBe(1)
    await page.context().close()
  }, 180_000)

  test('an editor walking the main screens meets no English and no [object Object]', async () => {
    const page = await (
      await browser.newContext({ viewport: { width: 1280, height: 900 } })
    ).newPage()
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
    await page
      .locator('[aria-label="Kéo để di chuyển"]')
      .waitFor({ state: 'attached', timeout: 30_000 })
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

describe('admin thumbnails', () => {
  test('an unpublished image shows its thumbnail when the admin is opened at 127.0.0.1, not SERVER_URL', async () => {
    // npm start listens on 127.0.0.1 and says SERVER_URL is localhost: the two addresses of issue 11.
    const other = stack.cmsUrl
    expect(new URL(other).hostname).toBe('127.0.0.1')
    const page = await (await browser.newContext()).newPage()
    await page.goto(`${other}/admin/login`)
    await page.getByLabel('Email').fill(EDITOR)
    await page.getByLabel('Mật khẩu').fill(PASSWORD)
    await page.getByRole('button', { name: 'Đăng nhập' }).click()
    await page.waitForURL((url) => !url.pathname.endsWith('/login'), { timeout: 60_000 })
    // An image in no article: only staff may see it, with their session cookie.
    const caption = `Ảnh chưa dùng ${Date.now().toString(36)}`
    const created = await page.evaluate(async (text) => {
      const canvas = Object.assign(document.createElement('canvas'), { width: 640, height: 400 })
      const context = canvas.getContext('2d')!
      context.fillStyle = '#1e5aa0'
      context.fillRect(0, 0, 640, 400)
      const blob = await new Promise<Blob>((resolve) =>
        canvas.toBlob((b) => resolve(b!), 'image/jpeg'),
      )
      const form = new FormData()
      form.append('file', blob, 'anh-chua-dung.jpg')
      form.append('_payload', JSON.stringify({ caption: text, alt: text }))
      const res = await fetch('/api/media', { method: 'POST', body: form, credentials: 'include' })
      return { status: res.status, doc: (await res.json()).doc }
    }, caption)
    expect(created.status).toBe(201)
    expect(created.doc.isPublic).toBe(false)
    expect((await fetch(`${other}/api/media/file/${created.doc.filename}`)).status).not.toBe(200)

    await page.goto(`${other}/admin/collections/media`)
    const thumbnail = page.getByRole('row').filter({ hasText: caption }).locator('img')
    await thumbnail.waitFor({ timeout: 60_000 })
    expect(await thumbnail.getAttribute('src')).toMatch(
      /^http:\/\/127\.0\.0\.1:\d+\/api\/media\/file\//,
    )
    await expect
      .poll(() => thumbnail.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth), {
        timeout: 30_000,
      })
      .toBeGreaterThan(0)

    // The alt text is optional, as its hint says: no "*" after its label.
    await page.goto(`${other}/admin/collections/media/${created.doc.id}`)
    await page
      .getByText('Không bắt buộc: để trống thì dùng chú thích ảnh.')
      .waitFor({ timeout: 60_000 })
    expect(
      await page
        .getByRole('textbox', { name: 'Mô tả ảnh (cho người khiếm thị)', exact: true })
        .count(),
    ).toBe(1)
    await page.context().close()
  }, 180_000)
})
