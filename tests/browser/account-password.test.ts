import type { Browser, Page, Request } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { PASSWORD } from '../helpers/staff'
import { startStack, type TestStack } from '../../scripts/lib/start-stack'
import { launchChromium } from './helpers/browser'

/**
 * A press officer changes their own password on their account screen ("Tài khoản"): the admin asks
 * for the current one (cms/components/CurrentPasswordField.tsx), the API checks it
 * (cms/hooks/requireCurrentPassword.ts), and the answer is shown in Vietnamese.
 */
const ADMIN = 'quantri-mk@congan.test'
const REPORTER = 'phongvien-mk@congan.test'
const OTHER = 'phongvien-khac@congan.test'
const NEW_PASSWORD = 'Song-Huong-mua-thu-2026'
const ADMIN_SET_PASSWORD = 'Cau-Truong-Tien-sau-nhip'
const MISSING = 'Nhập mật khẩu hiện tại để đổi sang mật khẩu mới.'
const WRONG = 'Mật khẩu hiện tại không đúng.'

let stack: TestStack
let browser: Browser
let admin: string

beforeAll(async () => {
  stack = await startStack()
  admin = `http://localhost:${stack.port}`
  // The first account ever made becomes admin, so it comes first.
  await stack.createUser({ email: ADMIN, role: 'admin', name: 'Quản trị', password: PASSWORD })
  await stack.createUser({
    email: REPORTER,
    role: 'reporter',
    name: 'Phóng viên',
    password: PASSWORD,
  })
  await stack.createUser({
    email: OTHER,
    role: 'reporter',
    name: 'Phóng viên khác',
    password: PASSWORD,
  })
  browser = await launchChromium()
}, 600_000)

afterAll(async () => {
  await browser?.close()
  await stack?.remove()
}, 60_000)

/** The sign-in API's answer for this email and password: 200 signs in, 401 does not. */
async function signInStatus(email: string, password: string): Promise<number> {
  const res = await fetch(`${stack.cmsUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  return res.status
}

/** When each page last had a request to the admin (not the REST API) start or end, and how many are open. */
const formTraffic = new WeakMap<Page, { open: number; last: number }>()

async function logIn(email: string, password = PASSWORD): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } })
  const page = await context.newPage()
  const traffic = { open: 0, last: Date.now() }
  formTraffic.set(page, traffic)
  const isFormCheck = (url: string) => !new URL(url).pathname.startsWith('/api/')
  page.on('request', (req) => {
    if (req.method() === 'POST' && isFormCheck(req.url()))
      Object.assign(traffic, { open: traffic.open + 1, last: Date.now() })
  })
  const ended = (req: Request) => {
    if (req.method() === 'POST' && isFormCheck(req.url()))
      Object.assign(traffic, { open: traffic.open - 1, last: Date.now() })
  }
  page.on('requestfinished', ended)
  page.on('requestfailed', ended)
  await page.goto(`${admin}/admin/login`)
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Mật khẩu').fill(password)
  await page.getByRole('button', { name: 'Đăng nhập' }).click()
  await page.waitForURL((url) => !url.pathname.endsWith('/login'), { timeout: 30_000 })
  return page
}

/**
 * Payload checks the form on the server after each change (a POST to the admin page) and only then
 * marks the new password fields valid; "Lưu" pressed before that answer is refused in the browser
 * ("Xin hãy sửa lại…"), as it would be for a person who pressed it within the same instant.
 */
async function formSettled(page: Page) {
  const traffic = formTraffic.get(page)!
  // The check starts a moment after the last keystroke: a quiet second and a half from now.
  traffic.last = Date.now()
  await expect
    .poll(() => traffic.open <= 0 && Date.now() - traffic.last > 1500, {
      timeout: 30_000,
      interval: 200,
    })
    .toBe(true)
}

const currentPassword = (page: Page) => page.getByLabel('Mật khẩu hiện tại')
const nameBox = (page: Page) => page.getByRole('textbox', { name: 'Họ và tên' })
async function save(page: Page) {
  await formSettled(page)
  await page.getByRole('button', { name: 'Lưu', exact: true }).click()
}
/** Payload's toasts (sonner); "Cập nhật thành công." after a save that went through. */
const saved = (page: Page) =>
  page
    .locator('[data-sonner-toast]')
    .filter({ hasText: 'Cập nhật thành công' })
    .first()
    .waitFor({ timeout: 30_000 })
/** Presses "Lưu" and returns the status of the save the admin sent. */
async function saveStatus(page: Page): Promise<number> {
  const sent = page.waitForResponse(
    (res) => res.request().method() === 'PATCH' && res.url().includes('/api/users/'),
    { timeout: 30_000 },
  )
  await save(page)
  return (await sent).status()
}
/** The message under the current-password field, Payload's field-error tooltip. */
const fieldError = (page: Page) =>
  page
    .locator('.field-type.password')
    .filter({ has: page.locator('#field-currentPassword') })
    .locator('.field-error')

async function openAccount(page: Page, address = `${admin}/admin/account`) {
  await page.goto(address)
  await nameBox(page).waitFor({ timeout: 60_000 })
}

/** Presses "Đổi mật khẩu" and types the new password twice. */
async function startPasswordChange(page: Page, newPassword: string) {
  await page.getByRole('button', { name: 'Đổi mật khẩu' }).click()
  await page.getByLabel('Mật khẩu mới').fill(newPassword)
  await page.getByLabel('Xác nhận mật khẩu').fill(newPassword)
}

describe("changing one's own password in the admin", () => {
  test('a reporter needs the right current password; a missing or wrong one is refused in Vietnamese', async () => {
    const page = await logIn(REPORTER)
    await openAccount(page)
    // Nothing asks for it until a new password is being set.
    expect(await currentPassword(page).count()).toBe(0)
    await startPasswordChange(page, NEW_PASSWORD)
    await currentPassword(page).waitFor()

    // Missing: the browser stops the save and says so under the field.
    await save(page)
    await fieldError(page).getByText(MISSING).waitFor({ timeout: 30_000 })
    expect(await page.getByLabel('Mật khẩu mới').isVisible()).toBe(true)

    // Wrong: the API refuses; the admin says what happened and what to do; nothing changed.
    await currentPassword(page).fill('khong-phai-mat-khau-nay')
    expect(await saveStatus(page)).toBe(400)
    const refusal = page.getByRole('alert').filter({ hasText: WRONG })
    await refusal.waitFor({ timeout: 30_000 })
    expect(await refusal.innerText()).toContain('Mật khẩu chưa được đổi')
    expect(await signInStatus(REPORTER, PASSWORD)).toBe(200)
    expect(await signInStatus(REPORTER, NEW_PASSWORD)).toBe(401)

    // Right: saved; the new password signs in and the old one no longer does.
    await startPasswordChange(page, NEW_PASSWORD)
    await currentPassword(page).fill(PASSWORD)
    expect(await saveStatus(page)).toBe(200)
    await saved(page)
    expect(await refusal.count()).toBe(0)
    expect(await signInStatus(REPORTER, NEW_PASSWORD)).toBe(200)
    expect(await signInStatus(REPORTER, PASSWORD)).toBe(401)

    // Still signed in here; saving the account again, without reloading, asks for nothing.
    await nameBox(page).fill('Phóng viên Hoàng Lan')
    expect(await saveStatus(page)).toBe(200)
    expect(await currentPassword(page).count()).toBe(0)
    expect(await page.getByText(WRONG).count()).toBe(0)
    expect(await signInStatus(REPORTER, NEW_PASSWORD)).toBe(200)
    await page.context().close()
  }, 240_000)

  test("saving one's account without a new password does not ask for the current one", async () => {
    const page = await logIn(REPORTER, NEW_PASSWORD)
    await openAccount(page)
    await nameBox(page).fill('Phóng viên Lan')
    expect(await saveStatus(page)).toBe(200)
    await saved(page)
    expect(await currentPassword(page).count()).toBe(0)
    await page.context().close()
  }, 120_000)

  test("an admin sets another account's password without being asked for it", async () => {
    const page = await logIn(ADMIN)
    const found = await page.evaluate(
      async (url) => (await fetch(url, { credentials: 'include' })).json(),
      `${admin}/api/users?where[email][equals]=${OTHER}&depth=0`,
    )
    const [other] = (found as { docs: Array<{ id: number }> }).docs
    await openAccount(page, `${admin}/admin/collections/users/${other.id}`)
    await startPasswordChange(page, ADMIN_SET_PASSWORD)
    expect(await currentPassword(page).count()).toBe(0)
    expect(await saveStatus(page)).toBe(200)
    await saved(page)
    expect(await signInStatus(OTHER, ADMIN_SET_PASSWORD)).toBe(200)
    expect(await signInStatus(OTHER, PASSWORD)).toBe(401)
    await page.context().close()
  }, 120_000)
})
