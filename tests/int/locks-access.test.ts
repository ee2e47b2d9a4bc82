import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import {
  startCmsWithBasics,
  type TestCms,
  type RestClient,
  type Staff,
  type Basics,
} from '../helpers/cms-with-staff'
import { paragraph, richText } from '../helpers/content'
import type { StaffMember } from '../helpers/staff'

let cms: TestCms, rest: RestClient, staff: Staff, basics: Basics

const LOCKS = '/payload-locked-documents'
const DENIED = 'Lỗi - Bạn không có quyền thực hiện lệnh này.'

beforeAll(async () => {
  ;({ cms, rest, staff, basics } = await startCmsWithBasics())
})
afterAll(async () => cms?.close())

async function article(by: StaffMember, title: string, status: 'draft' | 'published') {
  const res = await rest('POST', '/articles', {
    token: by.token,
    json: {
      title,
      lead: `Sapo ${title}`,
      body: richText(paragraph(title)),
      authors: [basics.author.id],
      category: basics.category.id,
      _status: status,
    },
  })
  expect(res.status).toBe(201)
  return res.json.doc.id as number
}

const lockData = (articleId: number, owner: StaffMember) => ({
  document: { relationTo: 'articles' as const, value: articleId },
  user: { relationTo: 'users' as const, value: Number(owner.id) },
})

/** A lock as the admin makes it when someone opens a document: written directly, in their name. */
async function openedBy(owner: StaffMember, articleId: number) {
  const lock = await cms.payload.create({
    collection: 'payload-locked-documents',
    data: lockData(articleId, owner),
  })
  return lock.id
}

const lockCount = async (articleId: number) =>
  (
    await cms.payload.count({
      collection: 'payload-locked-documents',
      where: { 'document.value': { equals: articleId } },
    })
  ).totalDocs

const editorCanSave = async (articleId: number) =>
  rest('PATCH', `/articles/${articleId}`, {
    token: staff.editor.token,
    json: { lead: 'Biên tập viên sửa sapo' },
  })

describe('document locks belong to their owner', () => {
  test('a reporter cannot lock an article they may not edit, in anyone’s name, so editors are never blocked', async () => {
    const live = await article(staff.editor, 'Bài đang đăng bị khóa thử', 'published')
    for (const owner of [staff.reporter, staff.editor, staff.admin]) {
      const res = await rest('POST', LOCKS, {
        token: staff.reporter.token,
        json: lockData(live, owner),
      })
      expect(res.status).toBe(403)
      expect(res.json.errors[0].message).toBe(DENIED)
    }
    expect(await lockCount(live)).toBe(0)
    const save = await editorCanSave(live)
    expect(save.status).toBe(200)
  })

  test('nobody creates a lock in a colleague’s name, even on a document they may edit', async () => {
    const draft = await article(staff.reporter, 'Bản nháp khóa hộ', 'draft')
    const forged = await rest('POST', LOCKS, {
      token: staff.reporter.token,
      json: lockData(draft, staff.otherReporter),
    })
    expect(forged.status).toBe(403)
    const byEditor = await rest('POST', LOCKS, {
      token: staff.editor.token,
      json: lockData(draft, staff.reporter),
    })
    expect(byEditor.status).toBe(403)
    const own = await rest('POST', LOCKS, {
      token: staff.reporter.token,
      json: lockData(draft, staff.reporter),
    })
    expect(own.status).toBe(201)
    expect(own.json.doc.user.value.id ?? own.json.doc.user.value).toBe(staff.reporter.id)
  })

  test('a reporter cannot delete an editor’s lock; the owner and an admin can', async () => {
    const live = await article(staff.editor, 'Bài biên tập viên đang sửa', 'published')
    const lock = await openedBy(staff.editor, live)
    const res = await rest('DELETE', `${LOCKS}/${lock}`, { token: staff.reporter.token })
    expect(res.status).toBe(403)
    expect(res.json.errors[0].message).toBe(DENIED)
    expect(await lockCount(live)).toBe(1)
    const bulk = await rest('DELETE', `${LOCKS}?where[id][equals]=${lock}`, {
      token: staff.reporter.token,
    })
    expect(bulk.json.docs ?? []).toEqual([])
    expect(await lockCount(live)).toBe(1)
    expect((await rest('DELETE', `${LOCKS}/${lock}`, { token: staff.editor.token })).status).toBe(
      200,
    )
    expect(await lockCount(live)).toBe(0)
    const again = await openedBy(
      staff.reporter,
      await article(staff.reporter, 'Bản nháp bị bỏ quên', 'draft'),
    )
    expect((await rest('DELETE', `${LOCKS}/${again}`, { token: staff.admin.token })).status).toBe(
      200,
    )
  })

  test('taking over a lock is for those who may edit the document, and only in their own name', async () => {
    const live = await article(staff.editor, 'Bài tiếp quản', 'published')
    const lock = await openedBy(staff.editor, live)
    const takeOver = await rest('PATCH', `${LOCKS}/${lock}`, {
      token: staff.reporter.token,
      json: { user: { relationTo: 'users', value: staff.reporter.id } },
    })
    expect(takeOver.status).toBe(403)
    expect(takeOver.json.errors[0].message).toBe(DENIED)
    const stored = await cms.payload.findByID({
      collection: 'payload-locked-documents',
      id: lock,
      depth: 0,
    })
    expect(stored.user.value).toBe(staff.editor.id)

    const draft = await article(staff.reporter, 'Bản nháp biên tập viên tiếp quản', 'draft')
    const reporterLock = await openedBy(staff.reporter, draft)
    const giveAway = await rest('PATCH', `${LOCKS}/${reporterLock}`, {
      token: staff.reporter.token,
      json: { user: { relationTo: 'users', value: staff.admin.id } },
    })
    expect(giveAway.status).toBe(403)
    const byEditor = await rest('PATCH', `${LOCKS}/${reporterLock}`, {
      token: staff.editor.token,
      json: { user: { relationTo: 'users', value: staff.editor.id } },
    })
    expect(byEditor.status).toBe(200)
    expect(byEditor.json.doc.user.value.id ?? byEditor.json.doc.user.value).toBe(staff.editor.id)
  })

  test('taking over is an editor’s action: a reporter cannot take over an editor’s lock even on their own draft', async () => {
    const draft = await article(staff.reporter, 'Bản nháp biên tập viên đang sửa', 'draft')
    const lock = await openedBy(staff.editor, draft)
    const takeOver = await rest('PATCH', `${LOCKS}/${lock}`, {
      token: staff.reporter.token,
      json: { user: { relationTo: 'users', value: staff.reporter.id } },
    })
    expect(takeOver.status).toBe(403)
    const stored = await cms.payload.findByID({
      collection: 'payload-locked-documents',
      id: lock,
      depth: 0,
    })
    expect(stored.user.value).toBe(staff.editor.id)
    const admin = await rest('PATCH', `${LOCKS}/${lock}`, {
      token: staff.admin.token,
      json: { user: { relationTo: 'users', value: staff.admin.id } },
    })
    expect(admin.status).toBe(200)
  })
})
