import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { startStack, type TestStack } from '../../scripts/lib/start-stack'
import { PASSWORD } from '../helpers/staff'
import { launchChromium } from './helpers/browser'

// This suite's ports: CMS, site, rebuild worker.
const PORTS: [number, number, number] = [7110, 7111, 7112]
const EDITOR = 'bientap-duyet@congan.test'
const REPORTER = 'phongvien-duyet@congan.test'
const stamp = Date.now().toString(36)
const TITLE = `Công an huyện triệt phá đường dây đánh bạc qua mạng ${stamp}`
const NOTE = 'Bổ sung số đối tượng bị bắt và tên cán bộ phát ngôn.'

let stack: TestStack
let browser: Browser
let admin: string

beforeAll(async () => {
  stack = await startStack({ ports: PORTS })
  admin = `http://localhost:${stack.port}`
  const accounts = [
    { email: 'quantri-duyet@congan.test', role: 'admin' as const, name: 'Quản trị' },
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

const notice = (page: Page) => page.locator('[data-review-state]')

describe('the review round in Chromium', () => {
  test('reporter submits; editor sees it on the dashboard and returns it with a note; reporter resubmits; editor previews, publishes and follows the live link', async () => {
    const reporter = await logIn(REPORTER)
    const refs = await asUser(reporter, 'GET', '/api/categories?limit=1&depth=0')
    const authors = await asUser(reporter, 'GET', '/api/authors?limit=1&depth=0')
    const created = await asUser(reporter, 'POST', '/api/articles?draft=true', {
      title: TITLE,
      lead: 'Sapo bài thử quy trình duyệt.',
      category: refs.json.docs[0].id,
      authors: [authors.json.docs[0].id],
    })
    expect(created.status).toBe(201)
    const id = created.json.doc.id as number

    await reporter.goto(`${admin}/admin/collections/articles/${id}`)
    await reporter.getByRole('button', { name: 'Gửi duyệt' }).click()
    await expect
      .poll(() => notice(reporter).getAttribute('data-review-state'), { timeout: 30_000 })
      .toBe('submitted')
    expect(await notice(reporter).innerText()).toContain('Bài đã gửi duyệt')
    expect(await reporter.getByRole('button', { name: 'Gửi duyệt' }).count()).toBe(0)

    const editor = await logIn(EDITOR)
    await editor.goto(`${admin}/admin`)
    const waiting = editor.getByRole('region', { name: 'Chờ duyệt' })
    await waiting.getByRole('link', { name: TITLE }).waitFor({ timeout: 30_000 })
    await expect
      .poll(() => editor.locator('[data-newsroom-count]').getAttribute('data-newsroom-count'), {
        timeout: 30_000,
      })
      .toBe('1')
    await waiting.getByRole('link', { name: TITLE }).click()
    await editor.waitForURL(new RegExp(`/admin/collections/articles/${id}$`), { timeout: 30_000 })
    await notice(editor).waitFor({ timeout: 30_000 })
    await editor.locator('#field-reviewNote').fill(NOTE)
    await editor.getByRole('button', { name: 'Trả lại' }).click()
    // Back on the dashboard, the article now waits for its reporter; the editor's lock is gone.
    await editor
      .getByRole('region', { name: 'Đã trả lại, chờ phóng viên sửa' })
      .getByRole('link', { name: TITLE })
      .waitFor({ timeout: 30_000 })
    const locks = await asUser(
      editor,
      'GET',
      `/api/payload-locked-documents?where[document.value][equals]=${id}&depth=0`,
    )
    expect(locks.json.docs).toEqual([])

    await reporter.goto(`${admin}/admin`)
    const returned = reporter.getByRole('region', { name: 'Bài bị trả lại' })
    await returned.getByText(NOTE).waitFor({ timeout: 30_000 })
    await reporter.goto(`${admin}/admin/collections/articles/${id}`)
    await expect.poll(() => notice(reporter).innerText(), { timeout: 30_000 }).toContain(NOTE)
    await reporter.getByRole('button', { name: 'Gửi duyệt' }).click()
    await expect
      .poll(() => notice(reporter).getAttribute('data-review-state'), { timeout: 30_000 })
      .toBe('submitted')

    const stored = await asUser(editor, 'GET', `/api/articles/${id}?draft=true&depth=0`)
    expect(stored.json.reviewState).toBe('submitted')
    expect(stored.json.reviewNote).toBe(NOTE)
    const log = await asUser(
      editor,
      'GET',
      `/api/audit-log?where[targetId][equals]=${id}&sort=createdAt&depth=0`,
    )
    expect(log.json.docs.map((e: { action: string }) => e.action)).toEqual([
      'article.created',
      'article.submitted',
      'article.returned',
      'article.submitted',
    ])

    // The editor previews the resubmitted draft as the public will see it (the site's own page),
    // which nobody signed out can open, then publishes it and follows the link to the live page.
    await editor.goto(`${admin}/admin/collections/articles/${id}`)
    await notice(editor).waitFor({ timeout: 30_000 })
    const [preview] = await Promise.all([
      editor.context().waitForEvent('page', { timeout: 30_000 }),
      editor.getByRole('link', { name: /xem trước/i }).click(),
    ])
    // The first preview after a start waits for the publisher to load the site.
    await preview.waitForLoadState('load', { timeout: 240_000 })
    expect(await preview.locator('main h1').innerText()).toBe(TITLE)
    expect(await preview.locator('header.masthead').count()).toBe(1)
    expect(await preview.title()).toContain(TITLE)
    await preview.close()
    const anonymous = await fetch(`${stack.cmsUrl}/api/preview/articles/${id}`)
    expect(anonymous.status).toBe(401)
    expect(await anonymous.text()).not.toContain(TITLE)

    await editor.getByRole('button', { name: 'Xuất bản', exact: true }).click()
    const served = editor.locator('[data-publish-progress="served"]')
    await served.waitFor({ timeout: 180_000 })
    const [live] = await Promise.all([
      editor.context().waitForEvent('page', { timeout: 30_000 }),
      served.getByRole('link').click(),
    ])
    await live.waitForLoadState('load', { timeout: 60_000 })
    expect(new URL(live.url()).pathname).toMatch(/^\/tin-tuc\/[a-z0-9-]+\/$/)
    expect(await live.locator('main h1').innerText()).toBe(TITLE)
  }, 900_000)
})
