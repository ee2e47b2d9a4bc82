import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { slugify } from '../../content-types/slugify'
import { PASSWORD } from '../helpers/staff'
import { startStack, type TestStack } from '../../scripts/lib/start-stack'
import { launchChromium } from './helpers/browser'

const EDITOR = 'bientap@congan.test'
const REPORTER = 'phongvien@congan.test'
const DEMO_SLUG =
  'xay-dung-the-tran-an-ninh-nhan-dan-ket-hop-chat-che-voi-the-tran-quoc-phong-toan-dan-vung-chac'
const stamp = Date.now().toString(36)
const TITLE = `Công an tỉnh ra quân tuyên truyền phòng chống lừa đảo qua mạng đợt ${stamp}`
const CAPTION = `Cán bộ Công an phát tờ rơi cho người dân tại chợ Đức Xuân, đợt ${stamp}`

let stack: TestStack
let browser: Browser
let imageDir: string
let heroFile: string
// The admin is opened at its SERVER_URL, http://localhost:PORT, the address the README gives.
let admin: string

beforeAll(async () => {
  stack = await startStack()
  admin = `http://localhost:${stack.port}`
  // The first account ever made becomes admin whatever role is asked for, so it comes first.
  const accounts = [
    { email: 'quantri@congan.test', role: 'admin', name: 'Quản trị' },
    { email: EDITOR, role: 'editor', name: 'Biên tập viên' },
    { email: REPORTER, role: 'reporter', name: 'Phóng viên' },
  ] as const
  for (const account of accounts) await stack.createUser({ ...account, password: PASSWORD })
  imageDir = mkdtempSync(path.join(tmpdir(), 'bantin-hero-'))
  heroFile = path.join(imageDir, `ra-quan-${stamp}.jpg`)
  const background = { r: 30, g: 90, b: 160 }
  const image = sharp({ create: { width: 960, height: 600, channels: 3, background } })
  await image.jpeg().toFile(heroFile)
  browser = await launchChromium()
}, 600_000)

afterAll(async () => {
  await browser?.close()
  await stack?.remove()
  if (imageDir) rmSync(imageDir, { recursive: true, force: true })
}, 60_000)

async function logIn(email: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } })
  const page = await context.newPage()
  await page.goto(`${admin}/admin/login`)
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Mật khẩu').fill(PASSWORD)
  await page.getByRole('button', { name: 'Đăng nhập' }).click()
  await page.waitForURL((url) => !url.pathname.endsWith('/login'), { timeout: 30_000 })
  return page
}

/**
 * The create view stores nothing until the first save (docs/newsroom.md, "No empty drafts"): the
 * title is typed and saved as a draft, which moves to that document's address.
 */
async function openNewArticle(page: Page, title: string): Promise<number> {
  await page.goto(`${admin}/admin/collections/articles/create`)
  await page.getByRole('textbox', { name: 'Tiêu đề *' }).fill(title)
  await page.getByRole('button', { name: 'Lưu bản nháp' }).click()
  await page.waitForURL(/\/admin\/collections\/articles\/\d+$/, { timeout: 30_000 })
  return Number(new URL(page.url()).pathname.split('/').pop())
}

/** Relationship fields are react-select comboboxes with no name of their own: found by field id. */
async function pickOption(page: Page, fieldId: string, option: string) {
  await page.locator(`#${fieldId}`).click()
  await page.getByRole('option', { name: option, exact: true }).click()
}

/** REST as the signed-in user, from the page: the session cookie is Secure in production. */
const readAsUser = (page: Page, apiPath: string) =>
  page.evaluate(async (url) => {
    const res = await fetch(url, { credentials: 'include' })
    return res.json()
  }, admin + apiPath)

/** Polls the public site until the page answers 200 or the deadline passes; the last status. */
async function waitForPage(url: string, timeoutMs: number): Promise<number> {
  const deadline = Date.now() + timeoutMs
  let status = 0
  while (Date.now() < deadline) {
    status = await fetch(url).then(
      (res) => res.status,
      () => 0,
    )
    if (status === 200) return status
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
  return status
}

const docStatus = (page: Page) => page.locator('.doc-controls__status')
const publishButton = (page: Page) => page.getByRole('button', { name: 'Xuất bản', exact: true })
/** The entries of the document's "⋮" menu (the publish button's own menu holds scheduling). */
async function documentMenu(page: Page): Promise<string[]> {
  await page.locator('.doc-controls__popup').getByRole('button').click()
  const menu = page.locator('.popup__content').filter({ visible: true })
  await menu.waitFor()
  const entries = (await menu.innerText())
    .split('\n')
    .map((entry) => entry.trim())
    .filter(Boolean)
  await page.keyboard.press('Escape')
  return entries
}

const workerLines = () =>
  stack
    .output()
    .split('\n')
    .filter((line) => /\[rebuild\] (build|release) /.test(line))
    .join('\n')

describe('admin publishing in Chromium', () => {
  test('an editor publishes an article with a captioned hero image to the site', async () => {
    const page = await logIn(EDITOR)
    await openNewArticle(page, TITLE)
    await page
      .getByRole('textbox', { name: 'Sapo (đoạn mở đầu) *' })
      .fill('Đợt ra quân giúp người dân nhận biết các thủ đoạn lừa đảo qua mạng.')

    // "Tạo mới" under Ảnh đại diện opens the upload drawer; the SEO image field has one too.
    await page.locator('#field-heroImage').getByRole('button', { name: 'Tạo mới' }).click()
    const captionBox = page.getByRole('textbox', { name: 'Chú thích ảnh *' })
    const drawer = page.getByRole('dialog').filter({ has: captionBox })
    await drawer.locator('input[type="file"]').setInputFiles(heroFile)
    await captionBox.fill(CAPTION)
    await drawer.getByRole('button', { name: 'Lưu' }).click()
    await drawer.waitFor({ state: 'detached', timeout: 30_000 })
    await page.locator('#field-heroImage').getByText(path.basename(heroFile)).waitFor()

    await pickOption(page, 'field-authors', 'Thanh Hà')
    await pickOption(page, 'field-category', 'An ninh trật tự')
    await publishButton(page).click()
    await docStatus(page).getByText('Đã xuất bản').waitFor({ timeout: 30_000 })
    // Delete and unpublish are offered to editors.
    expect(await documentMenu(page)).toEqual(['Tạo mới', 'Tạo bản sao', 'Xóa', 'Ngừng xuất bản'])
    await page.context().close()

    const url = `${stack.siteUrl}/tin-tuc/${slugify(TITLE)}/`
    const status = await waitForPage(url, 60_000)
    expect(status, `${url} after publishing; site builds so far:\n${workerLines()}`).toBe(200)
    const site = await browser.newPage()
    await site.goto(url)
    expect(await site.locator('h1').textContent()).toBe(TITLE)
    expect(await site.locator('figcaption').filter({ hasText: CAPTION }).count()).toBe(1)
    // Alt text was left empty in the drawer: it defaults to the caption.
    expect(await site.locator('figure img').first().getAttribute('alt')).toBe(CAPTION)
    await site.close()
  }, 240_000)

  test('a reporter writes drafts but is offered no way to publish', async () => {
    const page = await logIn(REPORTER)
    const draftTitle = `Bản nháp của phóng viên ${stamp}`
    const id = await openNewArticle(page, `${draftTitle} (đầu)`)
    await page.getByRole('textbox', { name: 'Tiêu đề *' }).fill(draftTitle)
    // From the first save on, autosave keeps the draft; the document controls say when.
    await page.locator('.doc-controls').getByText('Lần lưu cuối cùng').waitFor({ timeout: 30_000 })
    expect(await docStatus(page).innerText()).toContain('Bản nháp')
    expect(await publishButton(page).count()).toBe(0)
    expect(await documentMenu(page)).toEqual(['Tạo mới', 'Tạo bản sao'])
    await expect
      .poll(() => readAsUser(page, `/api/articles/${id}?draft=true&depth=0`), { timeout: 15_000 })
      .toMatchObject({ title: draftTitle, _status: 'draft' })

    const query = `where[slug][equals]=${DEMO_SLUG}&depth=0`
    const found = await fetch(`${stack.cmsUrl}/api/articles?${query}`)
    const [demo] = (await found.json()).docs as Array<{ id: number; title: string }>
    await page.goto(`${admin}/admin/collections/articles/${demo.id}`)
    const title = page.getByRole('textbox', { name: 'Tiêu đề *' })
    await expect.poll(() => title.inputValue(), { timeout: 30_000 }).toBe(demo.title)
    expect(await docStatus(page).innerText()).toContain('Đã xuất bản')
    expect(await title.isDisabled()).toBe(true)
    expect(await publishButton(page).count()).toBe(0)
    // No unpublish, no delete, unlike the editor's menu above.
    expect(await documentMenu(page)).toEqual(['Tạo mới', 'Tạo bản sao'])
    await page.context().close()
  }, 120_000)

  test('the dashboard offers "rebuild now" to editors, not to reporters', async () => {
    for (const [email, offered] of [
      [EDITOR, 1],
      [REPORTER, 0],
    ] as const) {
      const page = await logIn(email)
      await page.goto(`${admin}/admin`)
      await page.getByRole('heading', { name: 'Trang tin công khai' }).waitFor({ timeout: 30_000 })
      const rebuildNow = page.getByRole('button', { name: 'Xây dựng lại trang ngay' })
      expect(await rebuildNow.count()).toBe(offered)
      await page.context().close()
    }
  }, 120_000)
})
