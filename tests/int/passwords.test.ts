import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import {
  startCmsWithStaff,
  type TestCms,
  type RestClient,
  type Staff,
} from '../helpers/cms-with-staff'
import { createStaff } from '../helpers/staff'

let cms: TestCms, rest: RestClient, staff: Staff

const TOO_SHORT = /ít nhất 10 ký tự/
const TOO_COMMON = /quá phổ biến/

/** The Vietnamese message Payload returned for the password field, or the whole body if none. */
function passwordMessage(json: any): string {
  const errors = json?.errors?.[0]?.data?.errors as { path: string; message: string }[] | undefined
  return errors?.find((e) => e.path === 'password')?.message ?? JSON.stringify(json)
}

beforeAll(async () => {
  ;({ cms, rest, staff } = await startCmsWithStaff())
})
afterAll(async () => cms?.close())

describe('passwords: creating an account', () => {
  test.each([
    ['123', TOO_SHORT],
    ['abcdefghi', TOO_SHORT],
    ['123456789a', TOO_COMMON],
    ['matkhau123', TOO_COMMON],
    ['MatKhau123', TOO_COMMON],
    ['1234567890', TOO_COMMON],
    ['aaaaaaaaaaaa', TOO_COMMON],
  ])('"%s" is refused with a Vietnamese message', async (password, message) => {
    const res = await rest('POST', '/users', {
      token: staff.admin.token,
      json: {
        email: `yeu-${password.length}-${Math.random()}@congan.test`.toLowerCase(),
        password,
        role: 'reporter',
      },
    })
    expect(res.status).toBe(400)
    expect(passwordMessage(res.json)).toMatch(message)
  })

  test('a long uncommon password is accepted', async () => {
    const res = await rest('POST', '/users', {
      token: staff.admin.token,
      json: { email: 'manh@congan.test', password: 'song-hong-chay-qua-ha-noi', role: 'reporter' },
    })
    expect(res.status).toBe(201)
  })

  test('the first-user screen applies the same rule', async () => {
    await cms.payload.delete({ collection: 'users', where: {} })
    const res = await rest('POST', '/users/first-register', {
      json: {
        email: 'dau-tien@congan.test',
        password: 'matkhau123',
        confirmPassword: 'matkhau123',
      },
    })
    expect(res.status).toBe(400)
    expect(passwordMessage(res.json)).toMatch(TOO_COMMON)
    expect((await cms.payload.count({ collection: 'users' })).totalDocs).toBe(0)
    staff = await createStaff(cms.payload)
  })

  test('the Local API (scripts, imports) applies it too', async () => {
    await expect(
      cms.payload.create({
        collection: 'users',
        data: { email: 'cli@congan.test', password: '123', role: 'reporter' },
      }),
    ).rejects.toThrow(/password/)
  })
})

describe('passwords: changing and resetting', () => {
  test('an admin setting a weak password on an account is refused', async () => {
    const res = await rest('PATCH', `/users/${staff.reporter.id}`, {
      token: staff.admin.token,
      json: { password: '123' },
    })
    expect(res.status).toBe(400)
    expect(passwordMessage(res.json)).toMatch(TOO_SHORT)
  })

  test('a weak password on reset is refused and the reset link still works afterwards', async () => {
    await cms.payload.forgotPassword({
      collection: 'users',
      data: { email: staff.otherReporter.email },
      disableEmail: true,
    })
    const stored = await cms.payload.db.findOne<{ id: number; resetPasswordToken?: string }>({
      collection: 'users',
      where: { email: { equals: staff.otherReporter.email } },
    })
    const token = stored!.resetPasswordToken
    const weak = await rest('POST', '/users/reset-password', {
      json: { token, password: 'matkhau123' },
    })
    expect(weak.status).toBe(400)
    expect(passwordMessage(weak.json)).toMatch(TOO_COMMON)
    const strong = await rest('POST', '/users/reset-password', {
      json: { token, password: 'con-duong-moi-2026' },
    })
    expect(strong.status).toBe(200)
  })
})

describe('passwords: npm run user:create', () => {
  test('refuses a common password before touching the database', () => {
    const dir = cms.dir
    const run = spawnSync(
      path.resolve('node_modules/.bin/tsx'),
      ['scripts/user-create.ts', '--email', 'cli2@congan.test'],
      {
        env: {
          ...process.env,
          USER_PASSWORD: '123456789a',
          DATA_DIR: path.join(dir, 'cli'),
          DATABASE_URL: `file:${path.join(dir, 'cli', 'cli.db')}`,
        },
        encoding: 'utf8',
        timeout: 120_000,
      },
    )
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(TOO_COMMON)
  })
})
