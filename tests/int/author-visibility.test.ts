import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { startTestCms, type TestCms } from '../helpers/payload'
import { restClient } from '../helpers/rest'
import { createStaff } from '../helpers/staff'

let cms: TestCms
let rest: ReturnType<typeof restClient>
let staff: Awaited<ReturnType<typeof createStaff>>
let category: { id: number }
const authors: Record<string, { id: number }> = {}

beforeAll(async () => {
  cms = await startTestCms()
  rest = restClient(cms.config)
  staff = await createStaff(cms.payload)
  category = await cms.payload.create({ collection: 'categories', data: { name: 'Tin tổng hợp' } })
  for (const [key, fullName] of [
    ['credited', 'Trần Văn Công Khai'],
    ['never', 'Lê Thị Bí Mật'],
    ['draftOnly', 'Phạm Văn Nháp'],
    ['trashedOnly', 'Đỗ Thị Thùng Rác'],
  ]) {
    authors[key] = await cms.payload.create({
      collection: 'authors',
      data: { fullName, byline: `BL ${key}`, unit: `Đơn vị ${key}`, bio: `Tiểu sử riêng ${key}` },
    })
  }
})
afterAll(async () => cms?.close())

const article = (title: string, authorIds: number[], status: 'published' | 'draft') =>
  cms.payload.create({
    collection: 'articles',
    data: { title, lead: 'Sapo', authors: authorIds, category: category.id, _status: status },
  })

/** What an anonymous visitor can read of an author, by id and in the list. */
async function anonymousView(key: string) {
  const byId = await rest('GET', `/authors/${authors[key].id}`)
  const list = await rest('GET', '/authors?limit=100')
  const listed = list.json.docs.some((doc: { id: unknown }) => doc.id === authors[key].id)
  return {
    status: byId.status,
    listed,
    leaked: byId.text.includes('Tiểu sử riêng') && byId.status !== 200,
  }
}

describe('authors: anonymous readers see only authors credited on a public article', () => {
  let live: { id: number }

  test('an author never credited, or credited only on a draft or a trashed article, is not readable', async () => {
    live = await article('Bài công khai', [authors.credited.id], 'published')
    await article('Bài nháp', [authors.draftOnly.id], 'draft')
    const trashed = await article('Bài trong thùng rác', [authors.trashedOnly.id], 'published')
    await cms.payload.update({
      collection: 'articles',
      id: trashed.id,
      data: { deletedAt: new Date().toISOString() },
    })

    const credited = await rest('GET', `/authors/${authors.credited.id}`)
    expect(credited.status).toBe(200)
    expect(credited.json).toMatchObject({ fullName: 'Trần Văn Công Khai', unit: 'Đơn vị credited' })
    for (const key of ['never', 'draftOnly', 'trashedOnly']) {
      expect(await anonymousView(key), key).toEqual({ status: 404, listed: false, leaked: false })
    }
    const list = await rest('GET', '/authors?limit=100')
    expect(list.json.docs.map((doc: { fullName: string }) => doc.fullName)).toEqual([
      'Trần Văn Công Khai',
    ])
    expect(list.text).not.toContain('Bí Mật')
    const search = await rest(
      'GET',
      `/authors?where[fullName][like]=${encodeURIComponent('Bí Mật')}`,
    )
    expect(search.json.totalDocs).toBe(0)
  })

  test('staff still read every author', async () => {
    const list = await rest('GET', '/authors?limit=100', { token: staff.reporter.token })
    expect(list.json.totalDocs).toBe(4)
    expect(
      (await rest('GET', `/authors/${authors.never.id}`, { token: staff.reporter.token })).status,
    ).toBe(200)
  })

  test('unpublishing, trashing or re-crediting the last public article hides the author again', async () => {
    await cms.payload.update({ collection: 'articles', id: live.id, data: { _status: 'draft' } })
    expect((await anonymousView('credited')).status).toBe(404)
    await cms.payload.update({
      collection: 'articles',
      id: live.id,
      data: { _status: 'published' },
    })
    expect(await anonymousView('credited')).toEqual({ status: 200, listed: true, leaked: false })

    await cms.payload.update({
      collection: 'articles',
      id: live.id,
      data: { deletedAt: new Date().toISOString() },
    })
    expect((await anonymousView('credited')).status).toBe(404)
    await cms.payload.update({
      collection: 'articles',
      id: live.id,
      trash: true,
      data: { deletedAt: null },
    })
    expect((await anonymousView('credited')).status).toBe(200)

    // Credited instead on the live article: the new author appears, the old one disappears.
    await cms.payload.update({
      collection: 'articles',
      id: live.id,
      data: { authors: [authors.never.id], _status: 'published' },
    })
    expect((await anonymousView('never')).status).toBe(200)
    expect(await anonymousView('credited')).toEqual({ status: 404, listed: false, leaked: false })

    await cms.payload.delete({ collection: 'articles', id: live.id })
    expect((await anonymousView('never')).status).toBe(404)
  })

  test('a published article still shows its authors to anonymous readers', async () => {
    const doc = await article('Bài mới đăng', [authors.draftOnly.id], 'published')
    const res = await rest('GET', `/articles/${doc.id}?depth=1`)
    expect(res.json.authors.map((a: { byline: string }) => a.byline)).toEqual(['BL draftOnly'])
  })
})
