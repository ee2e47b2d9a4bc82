import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { createBasics, paragraph, richText } from '../helpers/content'
import { startTestCms, type TestCms } from '../helpers/payload'
import { restClient } from '../helpers/rest'
import { createStaffMember, type StaffMember } from '../helpers/staff'

let cms: TestCms
let rest: ReturnType<typeof restClient>
let editor: StaffMember
const ARTICLES = 105

/** Four levels of sections, the article in the deepest: each level of `depth` opens one more. */
beforeAll(async () => {
  cms = await startTestCms()
  rest = restClient(cms.config)
  const { payload } = cms
  await createStaffMember(payload, 'admin', 'admin')
  editor = await createStaffMember(payload, 'editor', 'editor')
  const { author } = await createBasics(payload)
  let parent: number | undefined
  for (const name of ['Cấp một', 'Cấp hai', 'Cấp ba', 'Cấp bốn']) {
    parent = (await payload.create({ collection: 'categories', data: { name, parent } })).id
  }
  for (let i = 1; i <= ARTICLES; i++) {
    await payload.create({
      collection: 'articles',
      data: {
        title: `Bài số ${i}`,
        lead: 'Sapo',
        body: richText(paragraph(`Nội dung bài ${i}`)),
        authors: [author.id],
        category: parent!,
        _status: 'published',
      },
    })
  }
})
afterAll(async () => cms?.close())

/** How many levels of sections came back as documents rather than ids. */
function levelsOpened(category: unknown): number {
  let levels = 0
  for (
    let node = category;
    node && typeof node === 'object';
    node = (node as { parent?: unknown }).parent
  )
    levels++
  return levels
}

describe('anonymous REST reads are bounded', () => {
  test.each([
    'limit=0',
    'pagination=false',
    'limit=0&pagination=false',
    'limit=100000',
    'limit=-5',
    'limit=abc',
  ])('?%s answers one page of at most 100 articles, with the way to the next', async (query) => {
    const res = await rest('GET', `/articles?${query}&depth=0`)
    expect(res.status).toBe(200)
    expect(res.json.docs).toHaveLength(100)
    expect(res.json).toMatchObject({
      limit: 100,
      totalDocs: ARTICLES,
      hasNextPage: true,
      nextPage: 2,
    })
  })

  test('pages of up to 100 are served as asked, and paging reaches every article', async () => {
    const first = await rest('GET', '/articles?limit=50&depth=0&sort=id')
    expect(first.json.docs).toHaveLength(50)
    const last = await rest('GET', '/articles?limit=100&page=2&depth=0&sort=id')
    expect(last.json.docs).toHaveLength(ARTICLES - 100)
    expect(last.json.hasNextPage).toBe(false)
  })

  test('an id-only list (what the site build asks for) may take 1,000 a page', async () => {
    const res = await rest('GET', '/articles?limit=1000&depth=0&select[id]=true')
    expect(res.status).toBe(200)
    expect(res.json.docs).toHaveLength(ARTICLES)
    expect(Object.keys(res.json.docs[0])).toEqual(['id'])
    const widened = await rest(
      'GET',
      '/articles?limit=1000&depth=0&select[id]=true&select[body]=true',
    )
    expect(widened.json.docs).toHaveLength(100)
  })

  test('depth is capped at 2 in lists and single reads', async () => {
    const list = await rest('GET', '/articles?limit=1&depth=10')
    expect(levelsOpened(list.json.docs[0].category)).toBe(2)
    const one = await rest('GET', `/articles/${list.json.docs[0].id}?depth=10`)
    expect(one.status).toBe(200)
    expect(levelsOpened(one.json.category)).toBe(2)
    const asked = await rest('GET', `/articles/${list.json.docs[0].id}?depth=1`)
    expect(levelsOpened(asked.json.category)).toBe(1)
  })
})

describe('staff REST reads are bounded too, a little higher', () => {
  test('?limit=0 and ?pagination=false answer at most 500 a page, versions included', async () => {
    for (const path of [
      '/articles?limit=0&depth=0',
      '/articles?pagination=false&depth=0',
      '/articles/versions?limit=0&depth=0',
    ]) {
      const res = await rest('GET', path, { token: editor.token })
      expect(res.status).toBe(200)
      expect(res.json.limit).toBe(500)
      expect(res.json.docs).toHaveLength(ARTICLES)
    }
  })

  test('depth is capped at 3', async () => {
    const res = await rest('GET', '/articles?limit=1&depth=10', { token: editor.token })
    expect(levelsOpened(res.json.docs[0].category)).toBe(3)
  })

  test('the Local API (the admin’s own server code, scripts) is not capped', async () => {
    const all = await cms.payload.find({ collection: 'articles', limit: 0, depth: 0 })
    expect(all.docs).toHaveLength(ARTICLES)
  })
})
