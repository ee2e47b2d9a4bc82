import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { startStack, type TestStack } from '../../scripts/lib/start-stack'
import { PASSWORD } from '../helpers/staff'
import { launchChromium } from './helpers/browser'

// This suite's ports: CMS, site, rebuild worker.
const PORTS: [number, number, number] = [4110, 4111, 4112]
const EDITOR = 'bientap-man@congan.test'
const REPORTER = 'phongvien-man@congan.test'
const stamp = Date.now().toString(36)

let stack: TestStack
let browser: Browser
let admin: string

beforeAll(async () => {
  stack = await startStack({ ports: PORTS })
  admin = `http://localhost:${stack.port}`
  const accounts = [
    { email: 'quantri-man@congan.test', role: 'admin' as const, name: 'Quản trị' },
    { email: EDITOR, role: 'editor' as const, name: 'Biên tập viên' },
    { email: REPORTER, role: 'reporter' as const, name: 'Phóng viên' },
  ]
  for (const account of accounts) await stack.createUser({ ...account, password: PASSWORD })
  browser = await launchChromium()
}, 600_000)

afterAll(async () => {
  await browser?.close()
  await stack?.remove()
}, 60_000)

async function logIn(email: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  const page = await context.newPage()
  await page.goto(`${admin}/admin/login`)
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Mật khẩu').fill(PASSWORD)
  await page.getByRole('button', { name: 'Đăng nhập' }).click()
  await page.waitForURL((url) => !url.pathname.endsWith('/login'), { timeout: 30_000 })
  return page
}

/** REST as the signed-in user, from the page (its session cookie). */
const asUser = (page: Page, method: string, apiPath: string, body?: unknown) =>
  page.evaluate(
    async ({ method, apiPath, body }) => {
      const res = await fetch(apiPath, {
        method,
        credentials: 'include',
        headers: body ? { 'Content-Type': 'application/json' } : {},
        body: body ? JSON.stringify(body) : undefined,
      })
      return { status: res.status, json: await res.json() }
    },
    { method, apiPath, body },
  )

/** Every article, drafts and trash included, as the staff member signed in on the page. */
async function articleCount(page: Page): Promise<number> {
  const all = await asUser(page, 'GET', '/api/articles?draft=true&trash=true&limit=1&depth=0')
  return all.json.totalDocs as number
}

/** A draft made through REST by the signed-in reporter, complete enough to publish later. */
async function newDraft(page: Page, title: string): Promise<number> {
  const categories = await asUser(page, 'GET', '/api/categories?limit=1&depth=0')
  const authors = await asUser(page, 'GET', '/api/authors?limit=1&depth=0')
  const created = await asUser(page, 'POST', '/api/articles?draft=true', {
    title,
    lead: 'Sapo bài thử màn hình sửa bài.',
    category: categories.json.docs[0].id,
    authors: [authors.json.docs[0].id],
  })
  expect(created.status).toBe(201)
  return created.json.doc.id as number
}

describe('the article edit screen', () => {
  test('opening "Tạo mới" stores nothing until the writer saves something', async () => {
    const reporter = await logIn(REPORTER)
    const before = await articleCount(reporter)

    // Twice at once, as a double click or a reload would, and once in the page itself.
    const loads = await reporter.evaluate(async () => {
      const open = () =>
        fetch('/admin/collections/articles/create', { credentials: 'include' }).then((res) => ({
          status: res.status,
          url: res.url,
        }))
      return Promise.all([open(), open()])
    })
    for (const load of loads) {
      expect(load.status).toBe(200)
      expect(new URL(load.url).pathname).toBe('/admin/collections/articles/create')
    }
    await reporter.goto(`${admin}/admin/collections/articles/create`)
    const title = reporter.getByRole('textbox', { name: 'Tiêu đề *' })
    await title.waitFor({ timeout: 30_000 })
    // Longer than autosave's interval: an empty form is still not saved.
    await reporter.waitForTimeout(4000)
    expect(new URL(reporter.url()).pathname).toBe('/admin/collections/articles/create')
    expect(await articleCount(reporter)).toBe(before)
    const list = await asUser(reporter, 'GET', '/api/articles?draft=true&limit=100&depth=0')
    expect(list.json.docs.filter((doc: { title?: string }) => !doc.title)).toEqual([])

    // The first save of something real makes the article, incomplete as a draft may be.
    const draftTitle = `Bản nháp đầu tiên ${stamp}`
    await title.fill(draftTitle)
    await reporter.getByRole('button', { name: 'Lưu bản nháp' }).click()
    await reporter.waitForURL(/\/admin\/collections\/articles\/\d+$/, { timeout: 30_000 })
    const id = Number(new URL(reporter.url()).pathname.split('/').pop())
    expect(await articleCount(reporter)).toBe(before + 1)
    const stored = await asUser(reporter, 'GET', `/api/articles/${id}?draft=true&depth=0`)
    expect(stored.json).toMatchObject({ title: draftTitle, _status: 'draft' })

    // From then on autosave keeps it.
    const longer = `${draftTitle} (đã sửa)`
    await title.fill(longer)
    await expect
      .poll(
        async () => (await asUser(reporter, 'GET', `/api/articles/${id}?draft=true&depth=0`)).json,
        { timeout: 30_000 },
      )
      .toMatchObject({ title: longer })
    expect(await articleCount(reporter)).toBe(before + 1)
    await reporter.context().close()
  }, 240_000)

  test('a reporter who finds an article locked may go back or read it, not take it over', async () => {
    const reporter = await logIn(REPORTER)
    const id = await newDraft(reporter, `Bài đang bị khóa ${stamp}`)
    const editor = await logIn(EDITOR)
    await editor.goto(`${admin}/admin/collections/articles/${id}`)
    const editorTitle = editor.getByRole('textbox', { name: 'Tiêu đề *' })
    await editorTitle.waitFor({ timeout: 30_000 })
    await editorTitle.fill(`Bài đang bị khóa ${stamp} (biên tập)`)
    await expect
      .poll(
        async () =>
          (
            await asUser(
              editor,
              'GET',
              `/api/payload-locked-documents?where[document.value][equals]=${id}&depth=0`,
            )
          ).json.totalDocs,
        { timeout: 30_000 },
      )
      .toBe(1)

    await reporter.goto(`${admin}/admin/collections/articles/${id}`)
    const modal = reporter.getByRole('dialog').filter({ hasText: 'Tài liệu bị khóa' })
    await modal.waitFor({ timeout: 30_000 })
    expect(await modal.getByRole('button', { name: 'Xem chỉ đọc' }).count()).toBe(1)
    expect(await reporter.getByRole('button', { name: 'Tiếp quản' }).count()).toBe(0)
    await modal.getByRole('button', { name: 'Xem chỉ đọc' }).click()
    await modal.waitFor({ state: 'hidden', timeout: 30_000 })
    const title = reporter.getByRole('textbox', { name: 'Tiêu đề *' })
    expect(await title.isDisabled()).toBe(true)
    expect(await reporter.getByRole('button', { name: 'Tiếp quản' }).count()).toBe(0)
    for (const page of [reporter, editor]) await page.context().close()
  }, 240_000)

  test("a reporter's submitted article opens read-only, saying it waits for review", async () => {
    const reporter = await logIn(REPORTER)
    const id = await newDraft(reporter, `Bài chờ duyệt ${stamp}`)
    const submitted = await asUser(reporter, 'PATCH', `/api/articles/${id}?draft=true`, {
      reviewState: 'submitted',
    })
    expect(submitted.status).toBe(200)

    await reporter.goto(`${admin}/admin/collections/articles/${id}`)
    const notice = reporter.locator('[data-review-state="submitted"]')
    await notice.waitFor({ timeout: 30_000 })
    expect(await notice.innerText()).toContain('đang chờ biên tập viên')
    const title = reporter.getByRole('textbox', { name: 'Tiêu đề *' })
    expect(await title.inputValue()).toBe(`Bài chờ duyệt ${stamp}`)
    expect(await title.isDisabled()).toBe(true)
    expect(await reporter.getByRole('textbox', { name: 'Sapo (đoạn mở đầu) *' }).isDisabled()).toBe(
      true,
    )
    expect(await reporter.getByRole('button', { name: 'Lưu bản nháp' }).count()).toBe(0)

    // Returned with a note, it is the reporter's to edit again.
    const editor = await logIn(EDITOR)
    const returned = await asUser(editor, 'PATCH', `/api/articles/${id}?draft=true`, {
      reviewState: 'returned',
      reviewNote: 'Thêm nguồn tin.',
    })
    expect(returned.status).toBe(200)
    await reporter.reload()
    await reporter.locator('[data-review-state="returned"]').waitFor({ timeout: 30_000 })
    // The form is disabled while it initialises after the reload.
    await expect.poll(() => title.isDisabled(), { timeout: 30_000 }).toBe(false)
    for (const page of [reporter, editor]) await page.context().close()
  }, 240_000)
})
