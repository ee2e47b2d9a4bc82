import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { startTestCms, type TestCms } from '../helpers/payload'
import { restClient } from '../helpers/rest'
import { createStaff, createStaffMember, PASSWORD } from '../helpers/staff'

let cms: TestCms
let rest: ReturnType<typeof restClient>

beforeAll(async () => {
  cms = await startTestCms()
  rest = restClient(cms.config)
})
afterAll(async () => cms?.close())

describe('users: first account', () => {
  test('the first account made on the first-user screen becomes an admin, whatever it asks for', async () => {
    const res = await rest('POST', '/users/first-register', {
      json: {
        email: 'truong-phong@congan.test',
        password: PASSWORD,
        confirmPassword: PASSWORD,
        role: 'reporter',
      },
    })
    expect(res.status).toBe(200)
    const [user] = (await cms.payload.find({ collection: 'users' })).docs
    expect(user.role).toBe('admin')
    const second = await rest('POST', '/users/first-register', {
      json: { email: 'ke-gian@congan.test', password: PASSWORD, confirmPassword: PASSWORD },
    })
    expect(second.status).toBe(403)
  })
})

describe('users: access', () => {
  let staff: Awaited<ReturnType<typeof createStaff>>
  beforeAll(async () => {
    await cms.payload.delete({ collection: 'users', where: {} })
    staff = await createStaff(cms.payload)
  })

  test('anonymous visitors cannot list, read or create users', async () => {
    expect((await rest('GET', '/users')).status).toBe(403)
    expect((await rest('GET', `/users/${staff.admin.id}`)).status).toBe(403)
    const create = await rest('POST', '/users', {
      json: { email: 'x@y.test', password: PASSWORD, role: 'admin' },
    })
    expect(create.status).toBe(403)
  })

  test('a reporter sees only their own account and cannot promote themselves', async () => {
    const list = await rest('GET', '/users', { token: staff.reporter.token })
    expect(list.json.docs.map((u: { email: string }) => u.email)).toEqual([staff.reporter.email])
    const promote = await rest('PATCH', `/users/${staff.reporter.id}`, {
      token: staff.reporter.token,
      json: { role: 'admin', name: 'Phóng viên A' },
    })
    expect(promote.status).toBe(200)
    expect(promote.json.doc.role).toBe('reporter')
    expect(promote.json.doc.name).toBe('Phóng viên A')
  })

  test('an editor cannot create, change or delete other accounts', async () => {
    const create = await rest('POST', '/users', {
      token: staff.editor.token,
      json: { email: 'moi@congan.test', password: PASSWORD, role: 'reporter' },
    })
    expect(create.status).toBe(403)
    const edit = await rest('PATCH', `/users/${staff.reporter.id}`, {
      token: staff.editor.token,
      json: { name: 'X' },
    })
    expect(edit.status).toBe(403)
    expect(
      (await rest('DELETE', `/users/${staff.reporter.id}`, { token: staff.editor.token })).status,
    ).toBe(403)
  })

  test('an admin creates, promotes and deletes accounts', async () => {
    const create = await rest('POST', '/users', {
      token: staff.admin.token,
      json: { email: 'bientap2@congan.test', password: PASSWORD, role: 'editor' },
    })
    expect(create.status).toBe(201)
    expect(create.json.doc.role).toBe('editor')
    const id = create.json.doc.id
    const promote = await rest('PATCH', `/users/${id}`, {
      token: staff.admin.token,
      json: { role: 'admin' },
    })
    expect(promote.json.doc.role).toBe('admin')
    expect((await rest('DELETE', `/users/${id}`, { token: staff.admin.token })).status).toBe(200)
  })
})

describe('users: login lockout', () => {
  test('five wrong passwords stop that client for that account with 429, even with the right one', async () => {
    const victim = await createStaffMember(cms.payload, 'reporter', 'nan-nhan')
    for (let i = 0; i < 5; i++) {
      const res = await rest('POST', '/users/login', {
        json: { email: victim.email, password: 'sai-mat-khau' },
      })
      expect(res.status).toBe(401)
    }
    const res = await rest('POST', '/users/login', {
      json: { email: victim.email, password: PASSWORD },
    })
    expect(res.status).toBe(429)
    expect(res.text).toMatch(/Quá nhiều lần đăng nhập sai/)
    // Nothing is written on the account: no lock its owner would have to wait out elsewhere.
    const stored = await cms.payload.db.findOne<{ id: number }>({
      collection: 'users',
      where: { id: { equals: victim.id } },
    })
    expect(stored).not.toHaveProperty('lockUntil')
  })

  test('a successful login before the limit resets the count', async () => {
    const user = await createStaffMember(cms.payload, 'reporter', 'quen-mat-khau')
    for (let i = 0; i < 4; i++)
      await rest('POST', '/users/login', { json: { email: user.email, password: 'sai' } })
    expect(
      (await rest('POST', '/users/login', { json: { email: user.email, password: PASSWORD } }))
        .status,
    ).toBe(200)
    for (let i = 0; i < 4; i++)
      await rest('POST', '/users/login', { json: { email: user.email, password: 'sai' } })
    expect(
      (await rest('POST', '/users/login', { json: { email: user.email, password: PASSWORD } }))
        .status,
    ).toBe(200)
  })
})

describe('users: changing a password', () => {
  const NEW_PASSWORD = 'song-da-chay-ve-xuoi-2026'

  async function signIn(email: string, password = PASSWORD): Promise<string> {
    const res = await rest('POST', '/users/login', { json: { email, password } })
    expect(res.status).toBe(200)
    return res.json.token
  }

  async function whoIs(token: string): Promise<string | null> {
    const res = await rest('GET', '/users/me', { token })
    expect(res.status).toBe(200)
    return res.json.user?.email ?? null
  }

  test("changing one's own password needs the current one", async () => {
    const me = await createStaffMember(cms.payload, 'reporter', 'doi-mat-khau')
    const without = await rest('PATCH', `/users/${me.id}`, {
      token: me.token,
      json: { password: NEW_PASSWORD },
    })
    expect(without.status).toBe(400)
    expect(without.text).toMatch(/mật khẩu hiện tại/i)
    const wrong = await rest('PATCH', `/users/${me.id}`, {
      token: me.token,
      json: { password: NEW_PASSWORD, currentPassword: 'khong-dung-dau' },
    })
    expect(wrong.status).toBe(400)
    expect(wrong.text).toMatch(/Mật khẩu hiện tại không đúng/)
    // The admin's notice names the field as staff know it, not as `currentPassword`.
    expect(JSON.parse(wrong.text).errors[0].message).toMatch(/: Mật khẩu hiện tại$/)
    // Neither attempt changed anything.
    expect(
      (await rest('POST', '/users/login', { json: { email: me.email, password: PASSWORD } }))
        .status,
    ).toBe(200)
  })

  test('a bulk update cannot change a password without the current one', async () => {
    const me = await createStaffMember(cms.payload, 'reporter', 'doi-hang-loat')
    const res = await rest('PATCH', `/users?where[id][equals]=${me.id}`, {
      token: me.token,
      json: { password: NEW_PASSWORD },
    })
    expect(res.status).toBe(400)
    expect(
      (await rest('POST', '/users/login', { json: { email: me.email, password: NEW_PASSWORD } }))
        .status,
    ).toBe(401)
    expect(
      (await rest('POST', '/users/login', { json: { email: me.email, password: PASSWORD } }))
        .status,
    ).toBe(200)
  })

  test('a password change ends the other sessions and keeps the current one', async () => {
    const me = await createStaffMember(cms.payload, 'editor', 'hai-may')
    const here = await signIn(me.email)
    const elsewhere = await signIn(me.email)
    expect(await whoIs(elsewhere)).toBe(me.email)
    const res = await rest('PATCH', `/users/${me.id}`, {
      token: here,
      json: { password: NEW_PASSWORD, currentPassword: PASSWORD },
    })
    expect(res.status).toBe(200)
    expect(await whoIs(here)).toBe(me.email)
    expect(await whoIs(elsewhere)).toBeNull()
    expect(await whoIs(me.token)).toBeNull()
    expect((await rest('GET', `/users/${me.id}`, { token: elsewhere })).status).toBe(403)
    expect((await rest('GET', `/users/${me.id}`, { token: here })).status).toBe(200)
    expect(await whoIs(await signIn(me.email, NEW_PASSWORD))).toBe(me.email)
  })

  test("an admin sets another account's password without knowing it, and that account's sessions end", async () => {
    const admin = await createStaffMember(cms.payload, 'admin', 'quan-tri-mat-khau')
    const user = await createStaffMember(cms.payload, 'reporter', 'bi-dat-lai')
    const res = await rest('PATCH', `/users/${user.id}`, {
      token: admin.token,
      json: { password: NEW_PASSWORD },
    })
    expect(res.status).toBe(200)
    expect(await whoIs(user.token)).toBeNull()
    expect(await whoIs(admin.token)).toBe(admin.email)
    expect(await whoIs(await signIn(user.email, NEW_PASSWORD))).toBe(user.email)
  })
})
