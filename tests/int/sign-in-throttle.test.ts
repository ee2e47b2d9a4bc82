import { request } from 'node:http'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { watchConnectionAddresses } from '../../cms/auth/client-address'
import { startTestCms, type TestCms } from '../helpers/payload'
import { startRestServer, type RestServer } from '../helpers/rest-server'
import { createStaffMember, PASSWORD } from '../helpers/staff'

let cms: TestCms
let server: RestServer

interface Answer {
  status: number
  retryAfter: string | undefined
  text: string
  ms: number
}

/**
 * A real HTTP request from a chosen loopback address (all of 127.0.0.0/8 is this machine), so
 * the CMS sees a different client address for each "attacker" or "owner".
 */
function post(
  path: string,
  body: unknown,
  from = '127.0.0.1',
  headers: Record<string, string> = {},
) {
  return new Promise<Answer>((resolve, reject) => {
    const started = performance.now()
    const req = request(
      `${server.url}/api${path}`,
      {
        method: 'POST',
        localAddress: from,
        headers: { 'content-type': 'application/json', ...headers },
      },
      (res) => {
        let text = ''
        res.setEncoding('utf8')
        res.on('data', (chunk) => (text += chunk))
        res.on('end', () => {
          const retryAfter = res.headers['retry-after']
          resolve({
            status: res.statusCode ?? 0,
            retryAfter,
            text,
            ms: performance.now() - started,
          })
        })
      },
    )
    req.on('error', reject)
    req.end(JSON.stringify(body))
  })
}

const login = (email: string, password: string, from?: string, headers?: Record<string, string>) =>
  post('/users/login', { email, password }, from, headers)

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

beforeAll(async () => {
  cms = await startTestCms()
  // What npm start does in the Next.js server (cms/instrumentation.ts): the throttle learns the
  // address of the connection itself, not one a client writes into a header.
  watchConnectionAddresses(false)
  server = await startRestServer(cms.config)
  // The first account becomes an admin whatever it asks for; the tests need ordinary staff too.
  await createStaffMember(cms.payload, 'admin', 'quan-tri')
})
afterAll(async () => {
  await server?.close()
  await cms?.close()
})

describe('sign-in throttle: by client address', () => {
  test('a flood of sign-ins from one address is refused with 429, Retry-After and a Vietnamese message', async () => {
    const from = '127.0.1.1'
    const answers: Answer[] = []
    for (let i = 0; i < 30; i++)
      answers.push(await login(`khong-co-${i}@congan.test`, 'doan-mo-mat-khau', from))
    const refused = answers.filter((a) => a.status === 429)
    expect(answers.filter((a) => a.status === 401).length).toBeLessThanOrEqual(20)
    expect(refused.length).toBeGreaterThanOrEqual(10)
    expect(Number(refused[0].retryAfter)).toBeGreaterThan(0)
    expect(Number(refused[0].retryAfter)).toBeLessThanOrEqual(15 * 60)
    expect(JSON.parse(refused[0].text).errors[0].message).toMatch(/Quá nhiều lần đăng nhập sai/)
    // Not even the right password is tried from that address until the wait is over.
    const owner = await createStaffMember(cms.payload, 'reporter', 'cung-mang')
    expect((await login(owner.email, PASSWORD, from)).status).toBe(429)
    // Another address is not affected.
    expect((await login(owner.email, PASSWORD, '127.0.1.2')).status).toBe(200)
  })

  test('parallel attempts from one address do not slip past the limit', async () => {
    const answers = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        login(`song-song-${i}@congan.test`, 'doan-mo-mat-khau', '127.0.2.1'),
      ),
    )
    expect(answers.filter((a) => a.status === 401).length).toBeLessThanOrEqual(20)
    expect(answers.filter((a) => a.status === 429).length).toBeGreaterThanOrEqual(20)
  })

  test('a forged X-Forwarded-For does not give a fresh address when no proxy is trusted', async () => {
    const answers: Answer[] = []
    for (let i = 0; i < 25; i++) {
      const forged = { 'x-forwarded-for': `203.0.113.${i + 1}` }
      answers.push(await login(`gia-mao-${i}@congan.test`, 'doan-mo-mat-khau', '127.0.3.1', forged))
    }
    expect(answers.filter((a) => a.status === 429).length).toBeGreaterThanOrEqual(5)
  })
})

describe('sign-in throttle: an attacker who knows an email cannot keep its owner out', () => {
  test('wrong passwords from elsewhere do not lock the owner out, an admin included', async () => {
    const admin = await createStaffMember(cms.payload, 'admin', 'truong-phong')
    for (let i = 0; i < 12; i++) await login(admin.email, `sai-mat-khau-${i}`, '127.0.4.1')
    const attacker = await login(admin.email, PASSWORD, '127.0.4.1')
    expect(attacker.status).toBe(429)
    expect((await login(admin.email, PASSWORD, '127.0.4.2')).status).toBe(200)
  })

  test('many addresses guessing one account are braked, yet its owner still signs in from a known address', async () => {
    const owner = await createStaffMember(cms.payload, 'editor', 'bi-tan-cong')
    expect((await login(owner.email, PASSWORD, '127.0.5.200')).status).toBe(200)
    const answers: Answer[] = []
    for (let a = 1; a <= 12; a++) {
      for (let i = 0; i < 4; i++)
        answers.push(await login(owner.email, `doan-${a}-${i}`, `127.0.5.${a}`))
    }
    // The account's own brake stops guessing long before 48 tries were made.
    expect(answers.filter((a) => a.status === 401).length).toBeLessThanOrEqual(20)
    expect(answers.at(-1)!.status).toBe(429)
    // A fresh address now waits even with the right password...
    expect((await login(owner.email, PASSWORD, '127.0.5.99')).status).toBe(429)
    // ...but the owner's own address, which signed in before, is let through.
    expect((await login(owner.email, PASSWORD, '127.0.5.200')).status).toBe(200)
  })

  test('a password reset lifts the brake: the owner signs in from a new address', async () => {
    const owner = await createStaffMember(cms.payload, 'reporter', 'quen-roi')
    for (let a = 1; a <= 12; a++) {
      for (let i = 0; i < 4; i++) await login(owner.email, `doan-${a}-${i}`, `127.0.6.${a}`)
    }
    expect((await login(owner.email, PASSWORD, '127.0.6.99')).status).toBe(429)
    expect(
      (await post('/users/forgot-password', { email: owner.email }, '127.0.6.98')).status,
    ).toBe(200)
    const stored = await cms.payload.db.findOne<{ id: number; resetPasswordToken?: string }>({
      collection: 'users',
      where: { email: { equals: owner.email } },
    })
    const fresh = 'mot-mat-khau-moi-hoan-toan'
    const reset = await post(
      '/users/reset-password',
      { token: stored!.resetPasswordToken, password: fresh },
      '127.0.6.98',
    )
    expect(reset.status).toBe(200)
    expect((await login(owner.email, fresh, '127.0.6.97')).status).toBe(200)
  })
})

describe('sign-in: an email that exists is not given away', () => {
  test('a wrong password and an unknown email get the same answer', async () => {
    const user = await createStaffMember(cms.payload, 'reporter', 'co-that')
    const wrong = await login(user.email, 'khong-phai-mat-khau', '127.0.7.1')
    const unknown = await login('khong-ton-tai@congan.test', 'khong-phai-mat-khau', '127.0.7.2')
    expect(wrong.status).toBe(401)
    expect(unknown.status).toBe(401)
    expect(unknown.text).toBe(wrong.text)
  })

  test('after repeated failures an existing and an unknown email get the same answer', async () => {
    const user = await createStaffMember(cms.payload, 'reporter', 'bi-khoa')
    const existing: Answer[] = []
    const unknown: Answer[] = []
    for (let i = 0; i < 7; i++) existing.push(await login(user.email, `sai-${i}`, '127.0.8.1'))
    for (let i = 0; i < 7; i++) unknown.push(await login('ma@congan.test', `sai-${i}`, '127.0.8.2'))
    expect(unknown.map((a) => [a.status, a.retryAfter !== undefined, a.text])).toEqual(
      existing.map((a) => [a.status, a.retryAfter !== undefined, a.text]),
    )
    expect(existing.at(-1)!.text).not.toMatch(/khóa|locked/i)
  })

  test('a wrong password takes about as long for an unknown email as for an existing one', async () => {
    const user = await createStaffMember(cms.payload, 'reporter', 'do-thoi-gian')
    const existing: number[] = []
    const unknown: number[] = []
    // Interleaved, each from its own address, so load on the machine hits both alike.
    for (let i = 0; i < 7; i++) {
      existing.push((await login(user.email, `sai-${i}`, `127.0.9.${i + 1}`)).ms)
      unknown.push((await login(`vo-danh-${i}@congan.test`, `sai-${i}`, `127.0.9.${i + 101}`)).ms)
    }
    const ratio = median(existing) / median(unknown)
    expect(
      ratio,
      `existing ${median(existing).toFixed(0)} ms, unknown ${median(unknown).toFixed(0)} ms`,
    ).toBeLessThan(2.5)
    expect(ratio).toBeGreaterThan(0.4)
  })
})
