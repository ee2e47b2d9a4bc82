/**
 * npm start as a supervisor, with the real stack: the CMS and the publisher (rebuild worker and
 * live site) are killed as a crash or the kernel's out-of-memory killer would, and must come back
 * without the public site going down for the CMS, and without leaving a process of the old one.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { slugify } from '../../content-types/slugify'
import { startStack, type TestStack } from '../../scripts/lib/start-stack'
import { listenerOf, processesInGroup, processGroupOf } from './process-table'

const EMAIL = 'quantri@congan.test'
const PASSWORD = 'mat-khau-kiem-thu-123'
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

let stack: TestStack
/** Every process group npm start ran a CMS or publisher in: none may outlive Ctrl-C. */
const groups = new Set<number>()

beforeAll(async () => {
  stack = await startStack()
  await stack.createUser({ email: EMAIL, role: 'admin', name: 'Quản trị', password: PASSWORD })
}, 600_000)

afterAll(async () => {
  await stack?.remove()
}, 60_000)

const answers = (url: string) =>
  fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(5000) }).then(
    (res) => res.status,
    () => null,
  )

async function waitFor<T>(what: string, check: () => Promise<T | null>, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await check()
    if (value !== null) return value
    if (Date.now() > deadline)
      throw new Error(`${what} within ${timeoutMs / 1000} s:\n${stack.output()}`)
    await sleep(250)
  }
}

/** The process holding `port`, and its group, remembered for the Ctrl-C check. */
function holderOf(port: number) {
  const pid = listenerOf(port)
  if (pid === null) throw new Error(`nothing listens on ${port}:\n${stack.output()}`)
  const pgid = processGroupOf(pid)!
  groups.add(pgid)
  return { pid, pgid }
}

/** Publishes a new article through REST as an admin; resolves to its public URL. */
async function publish(title: string): Promise<string> {
  const json = (url: string, init?: RequestInit) => fetch(url, init).then((r) => r.json())
  const login = await json(`${stack.cmsUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: EMAIL, password: PASSWORD }),
  })
  const [author] = (await json(`${stack.cmsUrl}/api/authors?limit=1`)).docs
  const [category] = (await json(`${stack.cmsUrl}/api/categories?limit=1`)).docs
  const res = await fetch(`${stack.cmsUrl}/api/articles`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `JWT ${login.token}` },
    body: JSON.stringify({
      title,
      lead: 'Sapo bài kiểm thử khởi động lại.',
      authors: [author.id],
      category: category.id,
      _status: 'published',
    }),
  })
  expect(res.status).toBe(201)
  return `${stack.siteUrl}/tin-tuc/${slugify(title)}/`
}

const live = (url: string) =>
  waitFor(`${url} is not live`, async () => ((await answers(url)) === 200 ? true : null), 180_000)

describe('npm start restarts what crashed', () => {
  test('the public site keeps serving while the CMS is killed, and the CMS comes back', async () => {
    const cms = holderOf(stack.port)
    process.kill(cms.pid, 'SIGKILL')
    let checksWhileDown = 0
    const deadline = Date.now() + 180_000
    for (;;) {
      const cmsStatus = await answers(`${stack.cmsUrl}/api/articles?limit=1`)
      if (cmsStatus === 200) break
      checksWhileDown++
      expect(await answers(`${stack.siteUrl}/`)).toBe(200)
      if (Date.now() > deadline) throw new Error(`the CMS did not come back:\n${stack.output()}`)
      await sleep(200)
    }
    expect(checksWhileDown).toBeGreaterThan(0)
    expect(await answers(`${stack.siteUrl}/`)).toBe(200)
    expect(processesInGroup(cms.pgid)).toEqual([])
    expect(holderOf(stack.port).pid).not.toBe(cms.pid)
    // The IT person reads why it stopped and that it is being restarted.
    expect(stack.output()).toMatch(/\[start\] the CMS .*SIGKILL.*restart/)
  }, 240_000)

  test('a publish after the CMS restart goes live', async () => {
    await live(await publish(`Bài đăng sau khi CMS khởi động lại ${Date.now()}`))
  }, 240_000)

  test('a killed publisher is restarted on the same ports and leaves no process of the old one', async () => {
    const site = holderOf(stack.sitePort)
    // One process serves the site and takes rebuild requests; the warm site builder is its child.
    expect(holderOf(Number(new URL(stack.workerUrl).port)).pid).toBe(site.pid)
    expect(processesInGroup(site.pgid).length).toBeGreaterThan(1)
    process.kill(site.pid, 'SIGKILL')
    await waitFor(
      'the site is not served again',
      async () => ((await answers(`${stack.siteUrl}/`)) === 200 ? true : null),
      120_000,
    )
    expect((await fetch(`${stack.workerUrl}/status`)).status).toBe(200)
    const restarted = holderOf(stack.sitePort)
    expect(restarted.pid).not.toBe(site.pid)
    expect(restarted.pgid).not.toBe(site.pgid)
    expect(processesInGroup(site.pgid)).toEqual([])
    expect(stack.output()).toMatch(/\[start\] the publisher .*SIGKILL.*restart/)
  }, 180_000)

  test('the restarted publisher builds the next publish', async () => {
    await live(await publish(`Bài đăng sau khi bộ xuất bản khởi động lại ${Date.now()}`))
  }, 240_000)

  test('Ctrl-C after the restarts stops every process npm start ran', async () => {
    await stack.stop(25_000)
    await expect(fetch(`${stack.cmsUrl}/api/articles`)).rejects.toThrow()
    await expect(fetch(`${stack.siteUrl}/`)).rejects.toThrow()
    expect(groups.size).toBeGreaterThanOrEqual(4)
    for (const pgid of groups) expect(processesInGroup(pgid)).toEqual([])
  }, 30_000)
})
