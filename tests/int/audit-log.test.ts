import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import {
  startCmsWithBasics,
  type TestCms,
  type RestClient,
  type Staff,
  type Basics,
} from '../helpers/cms-with-staff'
import { paragraph, richText } from '../helpers/content'
import { PASSWORD } from '../helpers/staff'

let cms: TestCms, rest: RestClient, staff: Staff, basics: Basics

interface Entry {
  action: string
  kind: string
  summary: string
  actorEmail: string | null
  targetId: string | null
  targetTitle: string | null
  detail: string | null
}

beforeAll(async () => {
  ;({ cms, rest, staff, basics } = await startCmsWithBasics())
})
afterAll(async () => cms?.close())

async function entriesFor(
  kind: 'article' | 'account',
  targetId: number | string,
): Promise<Entry[]> {
  const { docs } = await cms.payload.find({
    collection: 'audit-log',
    where: { kind: { equals: kind }, targetId: { equals: String(targetId) } },
    sort: 'createdAt',
    limit: 100,
  })
  return docs as unknown as Entry[]
}

const patch = (token: string, id: number, json: Record<string, unknown>, draft = false) =>
  rest('PATCH', `/articles/${id}${draft ? '?draft=true' : ''}`, { token, json })

describe('audit-log: article entries', () => {
  test('every step of an article’s life is recorded with who did it, in order', async () => {
    const created = await rest('POST', '/articles', {
      token: staff.reporter.token,
      json: {
        title: 'Bài có nhật ký',
        lead: 'Sapo',
        body: richText(paragraph('Nội dung')),
        authors: [basics.author.id],
        category: basics.category.id,
      },
    })
    const id = created.json.doc.id as number
    expect((await patch(staff.reporter.token, id, { reviewState: 'submitted' }, true)).status).toBe(
      200,
    )
    expect(
      (
        await patch(
          staff.editor.token,
          id,
          { reviewState: 'returned', reviewNote: 'Thêm nguồn tin.' },
          true,
        )
      ).status,
    ).toBe(200)
    expect((await patch(staff.reporter.token, id, { reviewState: 'submitted' }, true)).status).toBe(
      200,
    )
    expect((await patch(staff.editor.token, id, { _status: 'published' })).status).toBe(200)
    expect((await patch(staff.editor.token, id, { _status: 'draft' })).status).toBe(200)
    expect(
      (await patch(staff.admin.token, id, { deletedAt: new Date().toISOString() })).status,
    ).toBe(200)
    expect(
      (
        await rest('PATCH', `/articles/${id}?trash=true`, {
          token: staff.editor.token,
          json: { deletedAt: null },
        })
      ).status,
    ).toBe(200)
    const editor = await cms.payload.findByID({
      collection: 'users',
      id: staff.editor.id as number,
    })
    await cms.payload.jobs.queue({
      task: 'schedulePublish',
      waitUntil: new Date('2030-01-02T03:00:00.000Z'),
      input: {
        type: 'publish',
        doc: { relationTo: 'articles', value: id },
        user: { relationTo: 'users', value: editor.id },
      },
    })
    expect((await rest('DELETE', `/articles/${id}`, { token: staff.editor.token })).status).toBe(
      200,
    )

    const entries = await entriesFor('article', id)
    expect(entries.map((e) => [e.action, e.actorEmail])).toEqual([
      ['article.created', staff.reporter.email],
      ['article.submitted', staff.reporter.email],
      ['article.returned', staff.editor.email],
      ['article.submitted', staff.reporter.email],
      ['article.published', staff.editor.email],
      ['article.unpublished', staff.editor.email],
      ['article.trashed', staff.admin.email],
      ['article.restored', staff.editor.email],
      ['article.scheduled', staff.editor.email],
      ['article.deleted', staff.editor.email],
    ])
    expect(entries.every((e) => e.kind === 'article' && e.targetTitle === 'Bài có nhật ký')).toBe(
      true,
    )
    expect(entries[2]!.detail).toBe('Thêm nguồn tin.')
    expect(entries[2]!.summary).toBe('Trả lại: Bài có nhật ký')
    expect(entries[8]!.detail).toBe('Đăng lúc 02/01/2030 10:00 (giờ Việt Nam)')
  })

  test('a draft saved over a live article is not a publish or an unpublish', async () => {
    const live = await rest('POST', '/articles', {
      token: staff.editor.token,
      json: {
        title: 'Bài đang đăng',
        lead: 'Sapo',
        authors: [basics.author.id],
        category: basics.category.id,
        _status: 'published',
      },
    })
    const id = live.json.doc.id as number
    expect(
      (await patch(staff.editor.token, id, { title: 'Bài đang đăng, bản nháp mới' }, true)).status,
    ).toBe(200)
    // SQLite hands a deleted article's id to the next one: the trail tells them apart by time and title.
    const entries = (await entriesFor('article', id)).filter(
      (e) => e.targetTitle === 'Bài đang đăng',
    )
    expect(entries.map((e) => e.action)).toEqual(['article.created', 'article.published'])
  })
})

describe('audit-log: sign-ins and accounts', () => {
  test('sign-ins and failed sign-ins are recorded, with the email as typed', async () => {
    expect(
      (
        await rest('POST', '/users/login', {
          json: { email: staff.otherReporter.email, password: PASSWORD },
        })
      ).status,
    ).toBe(200)
    expect(
      (
        await rest('POST', '/users/login', {
          json: { email: staff.otherReporter.email, password: 'sai-mat-khau-roi' },
        })
      ).status,
    ).toBe(401)
    const { docs } = await cms.payload.find({
      collection: 'audit-log',
      where: { kind: { equals: 'auth' } },
      sort: '-createdAt',
      limit: 2,
    })
    const [failed, signedIn] = docs as unknown as Entry[]
    expect(signedIn!.action).toBe('auth.signedIn')
    expect(signedIn!.actorEmail).toBe(staff.otherReporter.email)
    expect(failed!.action).toBe('auth.signInFailed')
    expect(failed!.actorEmail).toBeNull()
    expect(failed!.detail).toContain(`Email đã nhập: ${staff.otherReporter.email}`)
  })

  test('accounts made and role changes are recorded with the admin who made them', async () => {
    const made = await rest('POST', '/users', {
      token: staff.admin.token,
      json: { email: 'moi@congan.test', password: PASSWORD, role: 'reporter', name: 'Người mới' },
    })
    expect(made.status).toBe(201)
    const id = made.json.doc.id
    expect(
      (await rest('PATCH', `/users/${id}`, { token: staff.admin.token, json: { role: 'editor' } }))
        .status,
    ).toBe(200)
    const entries = await entriesFor('account', id)
    expect(entries.map((e) => [e.action, e.actorEmail, e.detail])).toEqual([
      ['account.created', staff.admin.email, 'Vai trò: Phóng viên'],
      ['account.roleChanged', staff.admin.email, 'Phóng viên → Biên tập viên'],
    ])
  })
})

describe('audit-log: access', () => {
  test('admins read every entry; editors only article entries; reporters and the public nothing', async () => {
    const asAdmin = await rest('GET', '/audit-log?limit=500', { token: staff.admin.token })
    expect(asAdmin.status).toBe(200)
    const adminKinds = new Set(asAdmin.json.docs.map((e: Entry) => e.kind))
    expect([...adminKinds].sort()).toEqual(['account', 'article', 'auth'])
    const asEditor = await rest('GET', '/audit-log?limit=500', { token: staff.editor.token })
    expect(asEditor.status).toBe(200)
    expect(asEditor.json.docs.length).toBeGreaterThan(0)
    expect(new Set(asEditor.json.docs.map((e: Entry) => e.kind))).toEqual(new Set(['article']))
    expect((await rest('GET', '/audit-log', { token: staff.reporter.token })).status).toBe(403)
    expect((await rest('GET', '/audit-log')).status).toBe(403)
  })

  test('nobody creates, edits or deletes an entry, through REST or the Local API with access on', async () => {
    const [entry] = (await cms.payload.find({ collection: 'audit-log', limit: 1 })).docs
    const fake = { action: 'article.published', kind: 'article', summary: 'Giả mạo' }
    for (const who of [staff.admin, staff.editor, staff.reporter]) {
      expect(
        (await rest('POST', '/audit-log', { token: who.token, json: fake })).status,
        who.role,
      ).toBe(403)
      expect(
        (
          await rest('PATCH', `/audit-log/${entry!.id}`, {
            token: who.token,
            json: { summary: 'Sửa' },
          })
        ).status,
        who.role,
      ).toBe(403)
      expect(
        (await rest('DELETE', `/audit-log/${entry!.id}`, { token: who.token })).status,
        who.role,
      ).toBe(403)
    }
    const admin = {
      ...(await cms.payload.findByID({ collection: 'users', id: staff.admin.id as number })),
      collection: 'users' as const,
    }
    const local = { user: admin, overrideAccess: false } as const
    await expect(
      cms.payload.create({ collection: 'audit-log', data: fake as never, ...local }),
    ).rejects.toMatchObject({ status: 403 })
    await expect(
      cms.payload.update({
        collection: 'audit-log',
        id: entry!.id,
        data: { summary: 'Sửa' },
        ...local,
      }),
    ).rejects.toMatchObject({ status: 403 })
    await expect(
      cms.payload.delete({ collection: 'audit-log', id: entry!.id, ...local }),
    ).rejects.toMatchObject({ status: 403 })
    const after = await cms.payload.findByID({ collection: 'audit-log', id: entry!.id })
    expect(after.summary).toBe(entry!.summary)
  })
})
