import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import {
  startCmsWithStaff,
  type TestCms,
  type RestClient,
  type Staff,
} from '../helpers/cms-with-staff'

let cms: TestCms, rest: RestClient, staff: Staff

beforeAll(async () => {
  ;({ cms, rest, staff } = await startCmsWithStaff())
})
afterAll(async () => cms?.close())

const samples = {
  authors: (n: string) => ({ fullName: `Trần Văn ${n}`, byline: `TV ${n}`, unit: 'Công an huyện' }),
  categories: (n: string) => ({ name: `Chuyên mục ${n}` }),
} as const

for (const collection of ['authors', 'categories'] as const) {
  describe(`${collection}: every role × operation`, () => {
    if (collection === 'categories') {
      test('anyone reads', async () => {
        const doc = await cms.payload.create({
          collection,
          data: samples[collection]('đọc') as never,
        })
        const res = await rest('GET', `/${collection}`)
        expect(res.status).toBe(200)
        expect(res.json.docs.map((d: { id: unknown }) => d.id)).toContain(doc.id)
      })
    } else {
      // Authors are public only while an article that is public now credits them (issue 10).
      test('anyone reads an author credited on a published article, not an uncredited one', async () => {
        const credited = await cms.payload.create({
          collection: 'authors',
          data: samples.authors('ghi tên'),
        })
        const uncredited = await cms.payload.create({
          collection: 'authors',
          data: samples.authors('chưa ghi'),
        })
        const category = await cms.payload.create({
          collection: 'categories',
          data: { name: 'Chuyên mục đọc' },
        })
        await cms.payload.create({
          collection: 'articles',
          data: {
            title: 'Bài ghi tên tác giả',
            lead: 'Sapo',
            category: category.id,
            authors: [credited.id],
            _status: 'published',
          },
        })
        const list = await rest('GET', '/authors?limit=100')
        expect(list.status).toBe(200)
        const ids = list.json.docs.map((d: { id: unknown }) => d.id)
        expect(ids).toContain(credited.id)
        expect(ids).not.toContain(uncredited.id)
        expect((await rest('GET', `/authors/${credited.id}`)).json.fullName).toBe(
          'Trần Văn ghi tên',
        )
        expect((await rest('GET', `/authors/${uncredited.id}`)).status).toBe(404)
        expect(
          (await rest('GET', `/authors/${uncredited.id}`, { token: staff.reporter.token })).json
            .fullName,
        ).toBe('Trần Văn chưa ghi')
      })
    }

    test('anonymous visitors and reporters cannot create, update or delete', async () => {
      const doc = await cms.payload.create({
        collection,
        data: samples[collection]('khóa') as never,
      })
      for (const token of [undefined, staff.reporter.token]) {
        expect(
          (await rest('POST', `/${collection}`, { token, json: samples[collection]('mới') }))
            .status,
        ).toBe(403)
        expect(
          (
            await rest('PATCH', `/${collection}/${doc.id}`, {
              token,
              json: samples[collection]('sửa'),
            })
          ).status,
        ).toBe(403)
        expect((await rest('DELETE', `/${collection}/${doc.id}`, { token })).status).toBe(403)
      }
    })

    test('editors and admins create, update and delete', async () => {
      for (const who of [staff.editor, staff.admin]) {
        const created = await rest('POST', `/${collection}`, {
          token: who.token,
          json: samples[collection](who.role),
        })
        expect(created.status).toBe(201)
        const id = created.json.doc.id
        const updated = await rest('PATCH', `/${collection}/${id}`, {
          token: who.token,
          json: samples[collection]('đổi'),
        })
        expect(updated.status).toBe(200)
        expect((await rest('DELETE', `/${collection}/${id}`, { token: who.token })).status).toBe(
          200,
        )
      }
    })
  })
}

describe('job queue endpoints', () => {
  test('only admins may run queued jobs', async () => {
    expect([401, 403]).toContain((await rest('GET', '/payload-jobs/run')).status)
    // Payload answers a refused run with 401 Unauthorized.
    expect((await rest('GET', '/payload-jobs/run', { token: staff.editor.token })).status).toBe(401)
    expect((await rest('GET', '/payload-jobs/run', { token: staff.admin.token })).status).toBe(200)
  })
})

describe('deleting a category or author that articles use', () => {
  const article = (
    title: string,
    category: number,
    author: number,
    status: 'published' | 'draft',
  ) =>
    cms.payload.create({
      collection: 'articles',
      data: { title, lead: 'Sapo', category, authors: [author], _status: status },
      draft: status === 'draft',
    })

  test('refused for editors and admins while a live article uses it, with the count and what to do', async () => {
    const category = await cms.payload.create({
      collection: 'categories',
      data: { name: 'Chuyên mục đang dùng' },
    })
    const author = await cms.payload.create({
      collection: 'authors',
      data: { fullName: 'Lê Văn Dùng', byline: 'LV Dùng' },
    })
    await article('Bài một đang đăng', category.id, author.id, 'published')
    await article('Bài hai đang đăng', category.id, author.id, 'published')
    for (const who of [staff.editor, staff.admin]) {
      const res = await rest('DELETE', `/categories/${category.id}`, { token: who.token })
      expect(res.status).toBe(400)
      expect(res.text).toContain('Không thể xóa chuyên mục này: 2 bài đang đăng')
      expect(res.text).toContain('Hãy chuyển các bài đó sang chuyên mục khác')
      const byAuthor = await rest('DELETE', `/authors/${author.id}`, { token: who.token })
      expect(byAuthor.status).toBe(400)
      expect(byAuthor.text).toContain('Không thể xóa tác giả này: 2 bài đang đăng')
    }
    expect((await cms.payload.findByID({ collection: 'categories', id: category.id })).name).toBe(
      'Chuyên mục đang dùng',
    )
    expect((await cms.payload.findByID({ collection: 'authors', id: author.id })).byline).toBe(
      'LV Dùng',
    )
  })

  test('trashed articles and drafts do not hold it; a draft then asks for a new category when published', async () => {
    const category = await cms.payload.create({
      collection: 'categories',
      data: { name: 'Chuyên mục sắp bỏ' },
    })
    const keep = await cms.payload.create({
      collection: 'categories',
      data: { name: 'Chuyên mục còn lại' },
    })
    const author = await cms.payload.create({
      collection: 'authors',
      data: { fullName: 'Phạm Thị Nháp', byline: 'PT Nháp' },
    })
    const trashed = await article('Bài đã vào thùng rác', category.id, author.id, 'published')
    await cms.payload.update({
      collection: 'articles',
      id: trashed.id,
      data: { deletedAt: new Date().toISOString() },
    })
    const draft = await article('Bài nháp dùng chuyên mục', category.id, author.id, 'draft')
    expect(
      (await rest('DELETE', `/categories/${category.id}`, { token: staff.editor.token })).status,
    ).toBe(200)
    const publish = await rest('PATCH', `/articles/${draft.id}`, {
      token: staff.editor.token,
      json: { _status: 'published' },
    })
    expect(publish.status).toBe(400)
    expect(JSON.stringify(publish.json.errors)).toContain('category')
    const fixed = await rest('PATCH', `/articles/${draft.id}`, {
      token: staff.editor.token,
      json: { category: keep.id, _status: 'published' },
    })
    expect(fixed.status).toBe(200)
    expect(fixed.json.doc.title).toBe('Bài nháp dùng chuyên mục')
  })
})
