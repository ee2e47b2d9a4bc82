import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { createBasics, paragraph, richText } from '../helpers/content'
import { startTestCms, type TestCms } from '../helpers/payload'
import { restClient } from '../helpers/rest'

const CANARY = 'CANARY-bi-mat-7f3a'

let cms: TestCms
let rest: ReturnType<typeof restClient>
const ids: Record<string, number | string> = {}

/**
 * Three ways a secret can sit in the database: a never-published draft, a newer draft of a
 * published article, and a trashed article. None may reach an anonymous client.
 */
beforeAll(async () => {
  cms = await startTestCms()
  rest = restClient(cms.config)
  const { author, category } = await createBasics(cms.payload)
  const base = { authors: [author.id], category: category.id }
  const { payload } = cms
  const draft = await payload.create({
    collection: 'articles',
    draft: true,
    data: {
      ...base,
      title: `Nháp ${CANARY}`,
      lead: `Sapo ${CANARY}`,
      body: richText(paragraph(CANARY)),
      _status: 'draft',
    },
  })
  const live = await payload.create({
    collection: 'articles',
    data: { ...base, title: 'Bài đã đăng công khai', lead: 'Sapo công khai', _status: 'published' },
  })
  await payload.update({
    collection: 'articles',
    id: live.id,
    draft: true,
    data: { title: `Bản sửa ${CANARY}`, lead: `Sapo sửa ${CANARY}`, _status: 'draft' },
  })
  const trashed = await payload.create({
    collection: 'articles',
    data: { ...base, title: `Rác ${CANARY}`, lead: `Sapo rác ${CANARY}`, _status: 'published' },
  })
  await payload.update({
    collection: 'articles',
    id: trashed.id,
    data: { deletedAt: new Date().toISOString() },
  })
  Object.assign(ids, { draft: draft.id, live: live.id, trashed: trashed.id })
})
afterAll(async () => cms?.close())

describe('anonymous reads never leak drafts, versions or trash', () => {
  const routes = () => [
    '/articles',
    '/articles?draft=true',
    '/articles?where[_status][equals]=draft',
    '/articles?where[_status][equals]=draft&draft=true',
    `/articles?where[title][like]=${CANARY}`,
    `/articles/${ids.draft}`,
    `/articles/${ids.draft}?draft=true`,
    `/articles/${ids.live}?draft=true`,
    `/articles/${ids.trashed}`,
    `/articles/${ids.trashed}?trash=true`,
    '/articles?trash=true',
    '/articles?trash=true&where[deletedAt][exists]=true',
    '/articles/versions',
    `/articles/versions?where[parent][equals]=${ids.live}`,
    `/articles/versions?where[parent][equals]=${ids.draft}`,
    '/articles?depth=3',
    '/articles/count?where[_status][equals]=draft',
    '/media?depth=2',
    '/authors?depth=2',
    '/categories?depth=2',
    '/users',
    '/payload-jobs',
  ]

  test('no route returns the canary string', async () => {
    for (const route of routes()) {
      const res = await rest('GET', route)
      expect(res.text, `${route} leaked`).not.toContain(CANARY)
    }
  })

  test('the published article shows its published text, not its newer draft', async () => {
    const res = await rest('GET', `/articles/${ids.live}`)
    expect(res.status).toBe(200)
    expect(res.json.title).toBe('Bài đã đăng công khai')
    const list = await rest('GET', '/articles')
    expect(list.json.docs.map((d: { title: string }) => d.title)).toEqual(['Bài đã đăng công khai'])
  })

  test('single drafts, versions, trashed articles and users answer with a refusal', async () => {
    expect((await rest('GET', `/articles/${ids.draft}`)).status).toBe(404)
    expect((await rest('GET', `/articles/${ids.trashed}?trash=true`)).status).toBe(404)
    expect((await rest('GET', '/articles/versions')).status).toBe(403)
    expect((await rest('GET', '/users')).status).toBe(403)
  })

  test('internal fields stay internal', async () => {
    const res = await rest('GET', `/articles/${ids.live}`)
    expect(Object.keys(res.json)).not.toContain('createdBy')
  })
})
