import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import {
  startCmsWithStaff,
  type TestCms,
  type RestClient,
  type Staff,
} from '../helpers/cms-with-staff'
import { PASSWORD } from '../helpers/staff'

/**
 * The admin's "Mật khẩu hiện tại" field (cms/fields/currentPassword.ts) carries a password with
 * every save that changes one's own: it must never reach the database nor come back in an answer.
 */
let cms: TestCms, rest: RestClient, staff: Staff

type Row = Record<string, unknown>

async function query(raw: string): Promise<Row[]> {
  const db = cms.payload.db as unknown as {
    drizzle: unknown
    execute: (args: { drizzle: unknown; raw: string }) => Promise<{ rows: Row[] }>
  }
  return (await db.execute({ drizzle: db.drizzle, raw })).rows
}

const postgres = () => cms.payload.db.name === 'postgres'

/** Every row of every table, as text: whatever was written anywhere is in here. */
async function wholeDatabase(): Promise<string> {
  const tables = postgres()
    ? await query(
        `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema()`,
      )
    : await query(`SELECT name FROM sqlite_master WHERE type = 'table'`)
  const dumps = await Promise.all(
    tables.map(async ({ name }) => JSON.stringify(await query(`SELECT * FROM "${String(name)}"`))),
  )
  return dumps.join('\n')
}

async function userColumns(): Promise<string[]> {
  const rows = postgres()
    ? await query(
        `SELECT column_name AS name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = 'users'`,
      )
    : await query(`SELECT name FROM pragma_table_info('users')`)
  return rows.map((row) => String(row.name))
}

beforeAll(async () => {
  ;({ cms, rest, staff } = await startCmsWithStaff())
})
afterAll(async () => cms?.close())

describe('users: the current-password field', () => {
  test('has no column: the users table is what it was without it', async () => {
    const columns = await userColumns()
    expect(columns).toContain('email')
    expect(columns.filter((name) => /current/i.test(name))).toEqual([])
  })

  test('a password change sent with it, as the admin sends it, stores and returns nothing of it', async () => {
    const current = PASSWORD
    const next = 'doi-mat-khau-moi-2026-x7'
    const res = await rest('PATCH', `/users/${staff.reporter.id}`, {
      token: staff.reporter.token,
      json: {
        name: 'Phóng viên Lan',
        password: next,
        'confirm-password': next,
        currentPassword: current,
      },
    })
    expect(res.status).toBe(200)
    expect(res.json.doc.name).toBe('Phóng viên Lan')
    expect(res.json.doc).not.toHaveProperty('currentPassword')
    expect(res.text).not.toContain(current)
    // The change happened: the new password signs in.
    const login = await rest('POST', '/users/login', {
      json: { email: staff.reporter.email, password: next },
    })
    expect(login.status).toBe(200)
    expect(login.json.user).not.toHaveProperty('currentPassword')
    const me = await rest('GET', '/users/me', { token: login.json.token })
    expect(me.json.user.email).toBe(staff.reporter.email)
    expect(me.json.user).not.toHaveProperty('currentPassword')
  })

  test('a value sent without a password change, on create or by the Local API, is dropped too', async () => {
    const marker = 'dau-vet-khong-duoc-luu-91f3'
    const own = await rest('PATCH', `/users/${staff.editor.id}`, {
      token: staff.editor.token,
      json: { name: 'Biên tập Hùng', currentPassword: marker },
    })
    expect(own.status).toBe(200)
    expect(own.text).not.toContain(marker)
    const created = await rest('POST', '/users', {
      token: staff.admin.token,
      json: {
        email: 'moi-tao@congan.test',
        password: PASSWORD,
        role: 'reporter',
        currentPassword: marker,
      },
    })
    expect(created.status).toBe(201)
    expect(created.text).not.toContain(marker)
    const local = await cms.payload.update({
      collection: 'users',
      id: staff.otherReporter.id,
      data: { name: 'Phóng viên Minh', currentPassword: marker },
    })
    expect(local.name).toBe('Phóng viên Minh')
    expect(local).not.toHaveProperty('currentPassword')

    const list = await rest('GET', '/users?limit=10', { token: staff.admin.token })
    expect(list.json.docs.map((user: { email: string }) => user.email)).toContain(
      'moi-tao@congan.test',
    )
    expect(list.text).not.toContain(marker)
    expect(list.json.docs.filter((user: object) => 'currentPassword' in user)).toEqual([])
    expect(await wholeDatabase()).not.toContain(marker)
  })
})
