import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import {
  startCmsWithBasics,
  type TestCms,
  type RestClient,
  type Staff,
  type Basics,
} from '../helpers/cms-with-staff'
import { articleInput } from '../helpers/content'

let cms: TestCms, rest: RestClient, staff: Staff, basics: Basics

const articleData = (title: string, extra: Record<string, unknown> = {}) =>
  articleInput(basics, title, extra)

beforeAll(async () => {
  ;({ cms, rest, staff, basics } = await startCmsWithBasics())
})
afterAll(async () => cms?.close())

async function createAs(token: string, title: string, status: 'draft' | 'published' = 'draft') {
  return rest('POST', '/articles', { token, json: articleData(title, { _status: status }) })
}

describe('articles: anonymous', () => {
  test('cannot create, update or delete', async () => {
    const published = await createAs(staff.editor.token, 'Bài công khai cho khách')
    const id = published.json.doc.id
    await rest('PATCH', `/articles/${id}`, {
      token: staff.editor.token,
      json: { _status: 'published' },
    })
    expect((await rest('POST', '/articles', { json: articleData('Khách viết') })).status).toBe(403)
    expect((await rest('PATCH', `/articles/${id}`, { json: { title: 'Khách sửa' } })).status).toBe(
      403,
    )
    expect((await rest('DELETE', `/articles/${id}`)).status).toBe(403)
    const read = await rest('GET', `/articles/${id}`)
    expect(read.status).toBe(200)
    expect(read.json.title).toBe('Bài công khai cho khách')
  })
})

describe('articles: reporter', () => {
  test('creates a draft that records them as its writer', async () => {
    const res = await createAs(staff.reporter.token, 'Bản nháp của phóng viên')
    expect(res.status).toBe(201)
    expect(res.json.doc._status).toBe('draft')
    const createdBy = res.json.doc.createdBy
    expect(typeof createdBy === 'object' ? createdBy.id : createdBy).toBe(staff.reporter.id)
  })

  test('cannot create an article already published', async () => {
    const res = await createAs(staff.reporter.token, 'Phóng viên tự đăng', 'published')
    expect(res.status).toBe(403)
  })

  test('edits their own draft but not a colleague’s', async () => {
    const own = await createAs(staff.reporter.token, 'Bài riêng')
    const other = await createAs(staff.otherReporter.token, 'Bài của đồng nghiệp')
    const ok = await rest('PATCH', `/articles/${own.json.doc.id}?draft=true`, {
      token: staff.reporter.token,
      json: { title: 'Bài riêng đã sửa' },
    })
    expect(ok.status).toBe(200)
    expect(ok.json.doc.title).toBe('Bài riêng đã sửa')
    const denied = await rest('PATCH', `/articles/${other.json.doc.id}?draft=true`, {
      token: staff.reporter.token,
      json: { title: 'Sửa trộm' },
    })
    expect(denied.status).toBe(403)
  })

  test('cannot publish, unpublish, schedule or delete', async () => {
    const own = await createAs(staff.reporter.token, 'Bài chờ duyệt')
    const id = own.json.doc.id
    const publish = await rest('PATCH', `/articles/${id}`, {
      token: staff.reporter.token,
      json: { _status: 'published' },
    })
    expect(publish.status).toBe(403)
    const live = await createAs(staff.editor.token, 'Bài đã đăng', 'published')
    const unpublish = await rest('PATCH', `/articles/${live.json.doc.id}`, {
      token: staff.reporter.token,
      json: { _status: 'draft' },
    })
    expect(unpublish.status).toBe(403)
    const schedule = await rest('POST', '/payload-jobs', {
      token: staff.reporter.token,
      json: {
        taskSlug: 'schedulePublish',
        input: { type: 'publish', doc: { relationTo: 'articles', value: id } },
      },
    })
    expect(schedule.status).toBe(403)
    expect((await rest('DELETE', `/articles/${id}`, { token: staff.reporter.token })).status).toBe(
      403,
    )
    const trash = await rest('PATCH', `/articles/${id}`, {
      token: staff.reporter.token,
      json: { deletedAt: new Date().toISOString() },
    })
    expect(trash.status).toBe(403)
    const after = await cms.payload.findByID({ collection: 'articles', id, draft: true })
    expect(after._status).toBe('draft')
    expect(after.deletedAt ?? null).toBeNull()
  })
  test('cannot set the publication date: a backdated draft is published with the date of publishing', async () => {
    const backdated = '2020-01-01T01:00:00.000Z'
    const own = await rest('POST', '/articles', {
      token: staff.reporter.token,
      json: articleData('Bài ghi lùi ngày', { _status: 'draft', publishedAt: backdated }),
    })
    expect(own.status).toBe(201)
    expect(own.json.doc.publishedAt ?? null).toBeNull()
    const id = own.json.doc.id
    for (const query of ['', '?draft=true', '?draft=true&autosave=true']) {
      const edit = await rest('PATCH', `/articles/${id}${query}`, {
        token: staff.reporter.token,
        json: { publishedAt: backdated },
      })
      expect(edit.status).toBe(200)
      expect(edit.json.doc.publishedAt ?? null).toBeNull()
    }
    const published = await rest('PATCH', `/articles/${id}`, {
      token: staff.editor.token,
      json: { _status: 'published' },
    })
    expect(published.status).toBe(200)
    expect(Date.now() - Date.parse(published.json.doc.publishedAt)).toBeLessThan(60_000)
    const stored = await cms.payload.findByID({ collection: 'articles', id })
    expect(stored.publishedAt).toBe(published.json.doc.publishedAt)
  })
})

describe('articles: editor', () => {
  test('publishes a reporter’s draft and stamps publishedAt', async () => {
    const own = await createAs(staff.reporter.token, 'Bài được duyệt')
    const res = await rest('PATCH', `/articles/${own.json.doc.id}`, {
      token: staff.editor.token,
      json: { _status: 'published' },
    })
    expect(res.status).toBe(200)
    expect(res.json.doc._status).toBe('published')
    expect(Date.now() - Date.parse(res.json.doc.publishedAt)).toBeLessThan(60_000)
  })

  test('sets and keeps a publication date of their choosing', async () => {
    const date = '2024-05-01T02:30:00.000Z'
    const own = await createAs(staff.reporter.token, 'Bài biên tập đặt ngày')
    const res = await rest('PATCH', `/articles/${own.json.doc.id}`, {
      token: staff.editor.token,
      json: { _status: 'published', publishedAt: date },
    })
    expect(res.status).toBe(200)
    expect(res.json.doc.publishedAt).toBe(date)
  })

  test('unpublishes, trashes and restores any article', async () => {
    const live = await createAs(staff.editor.token, 'Bài sẽ vào thùng rác', 'published')
    const id = live.json.doc.id
    const unpublish = await rest('PATCH', `/articles/${id}`, {
      token: staff.editor.token,
      json: { _status: 'draft' },
    })
    expect(unpublish.json.doc._status).toBe('draft')
    const trash = await rest('PATCH', `/articles/${id}`, {
      token: staff.editor.token,
      json: { deletedAt: new Date().toISOString() },
    })
    expect(trash.status).toBe(200)
    const inTrash = await rest('GET', `/articles?trash=true&where[deletedAt][exists]=true`, {
      token: staff.editor.token,
    })
    expect(inTrash.json.docs.map((d: { id: number }) => d.id)).toContain(id)
    const restore = await rest('PATCH', `/articles/${id}?trash=true`, {
      token: staff.editor.token,
      json: { deletedAt: null },
    })
    expect(restore.status).toBe(200)
    expect(restore.json.doc.deletedAt ?? null).toBeNull()
  })

  test('deletes permanently', async () => {
    const doc = await createAs(staff.editor.token, 'Bài xóa hẳn')
    const res = await rest('DELETE', `/articles/${doc.json.doc.id}`, { token: staff.editor.token })
    expect(res.status).toBe(200)
    const left = await cms.payload.find({
      collection: 'articles',
      where: { title: { equals: 'Bài xóa hẳn' } },
      trash: true,
    })
    expect(left.totalDocs).toBe(0)
  })
})

describe('articles: admin', () => {
  test('does everything an editor does', async () => {
    const doc = await createAs(staff.admin.token, 'Bài của quản trị', 'published')
    expect(doc.status).toBe(201)
    const del = await rest('DELETE', `/articles/${doc.json.doc.id}`, { token: staff.admin.token })
    expect(del.status).toBe(200)
  })
})
