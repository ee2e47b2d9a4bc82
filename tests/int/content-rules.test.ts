import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { createBasics, makeJpeg, paragraph, richText } from '../helpers/content'
import { startTestCms, type TestCms } from '../helpers/payload'
import { restClient } from '../helpers/rest'
import { createStaff } from '../helpers/staff'

let cms: TestCms
let rest: ReturnType<typeof restClient>
let staff: Awaited<ReturnType<typeof createStaff>>
let basics: Awaited<ReturnType<typeof createBasics>>

beforeAll(async () => {
  cms = await startTestCms()
  rest = restClient(cms.config)
  staff = await createStaff(cms.payload)
  basics = await createBasics(cms.payload)
})
afterAll(async () => cms?.close())

const create = (data: Record<string, unknown>) =>
  rest('POST', data._status === 'draft' ? '/articles?draft=true' : '/articles', {
    token: staff.editor.token,
    json: { authors: [basics.author.id], category: basics.category.id, lead: 'Sapo', ...data },
  })

describe('articles: slugs', () => {
  test('made from a Vietnamese title by transliteration', async () => {
    const res = await create({ title: 'Đảm bảo giữ vững quốc phòng, an ninh' })
    expect(res.json.doc.slug).toBe('dam-bao-giu-vung-quoc-phong-an-ninh')
  })

  test('an editor’s own slug is kept, cleaned', async () => {
    const res = await create({ title: 'Tiêu đề bất kỳ', slug: 'Tết An Toàn 2024' })
    expect(res.json.doc.slug).toBe('tet-an-toan-2024')
  })

  test('a duplicate slug is refused with a clear message and nothing is saved', async () => {
    const before = (await cms.payload.count({ collection: 'articles' })).totalDocs
    const res = await create({ title: 'Đảm bảo giữ vững quốc phòng, an ninh' })
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.json.errors)).toContain('slug')
    expect((await cms.payload.count({ collection: 'articles' })).totalDocs).toBe(before)
  })
})

describe('articles: publishing rules', () => {
  test('a draft may lack its lead; publishing without one is refused', async () => {
    const draft = await create({ title: 'Bài chưa có sapo', lead: '', _status: 'draft' })
    expect(draft.status).toBe(201)
    const publish = await rest('PATCH', `/articles/${draft.json.doc.id}`, {
      token: staff.editor.token,
      json: { _status: 'published' },
    })
    expect(publish.status).toBe(400)
    expect(JSON.stringify(publish.json.errors)).toContain('lead')
  })

  test('publishedAt set on first publish is kept on later publishes; an import date is kept', async () => {
    const first = await create({ title: 'Bài có ngày', _status: 'published' })
    const stamped = first.json.doc.publishedAt
    const again = await rest('PATCH', `/articles/${first.json.doc.id}`, {
      token: staff.editor.token,
      json: { title: 'Bài có ngày (sửa)', _status: 'published' },
    })
    expect(again.json.doc.publishedAt).toBe(stamped)
    const imported = await create({ title: 'Bài cũ', publishedAt: '2023-06-16T16:02:00.000Z', _status: 'published' })
    expect(imported.json.doc.publishedAt).toBe('2023-06-16T16:02:00.000Z')
  })
})

describe('text normalisation', () => {
  test('decomposed (NFD) Vietnamese is stored precomposed (NFC) in every field', async () => {
    const nfd = 'Phòng chống tội phạm'.normalize('NFD')
    const res = await create({ title: nfd, lead: nfd, tags: [nfd] })
    const doc = await cms.payload.findByID({ collection: 'articles', id: res.json.doc.id })
    for (const value of [doc.title, doc.lead, doc.tags?.[0]]) {
      expect(value).toBe('Phòng chống tội phạm'.normalize('NFC'))
      expect(value).not.toBe(nfd)
    }
    const author = await cms.payload.create({ collection: 'authors', data: { fullName: nfd, byline: nfd } })
    expect(author.byline).toBe('Phòng chống tội phạm'.normalize('NFC'))
  })
})

describe('invalid REST bodies', () => {
  test('a body that is not JSON gets a 400 and changes nothing', async () => {
    const before = (await cms.payload.count({ collection: 'articles' })).totalDocs
    const res = await create({ title: 42, category: 'không-phải-id', authors: 'x' })
    expect(res.status).toBe(400)
    expect((await cms.payload.count({ collection: 'articles' })).totalDocs).toBe(before)
  })
})

describe('media visibility', () => {
  test('an image stays private until a published article shows it', async () => {
    const media = await cms.payload.create({
      collection: 'media',
      data: { caption: 'Ảnh chưa đăng', alt: 'Ảnh chưa đăng' },
      file: { data: await makeJpeg(), mimetype: 'image/jpeg', name: 'chua-dang.jpg', size: 0 },
    })
    expect((await rest('GET', `/media/${media.id}`)).status).toBe(404)
    const draft = await create({
      title: 'Bài có ảnh',
      _status: 'draft',
      body: richText(paragraph('Mở đầu'), { type: 'upload', relationTo: 'media', value: media.id, fields: null, format: '', version: 3 }),
    })
    expect((await rest('GET', `/media/${media.id}`)).status).toBe(404)
    await rest('PATCH', `/articles/${draft.json.doc.id}`, { token: staff.editor.token, json: { _status: 'published' } })
    const after = await rest('GET', `/media/${media.id}`)
    expect(after.status).toBe(200)
    expect(after.json.caption).toBe('Ảnh chưa đăng')
  })
})
