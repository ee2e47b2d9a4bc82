import { articleSchema, authorSchema } from '@bantin/content-types'
import { readFileSync } from 'node:fs'
import { beforeEach, describe, expect, test } from 'vitest'

import { syncCms } from '../../site/src/loader'
import type { BuildProblem } from '../../site/src/lib/build-report'
import { createFakeCms, type FakeCms, RAW_JSON } from './helpers/fake-cms'
import { createLoaderContext } from './helpers/loader-context'

const CMS = 'http://cms.test'
const fixture = (name: string) =>
  JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8'))

let cms: FakeCms
let articles: ReturnType<typeof createLoaderContext>
const loadArticles = () =>
  syncCms('articles', { cmsUrl: CMS, fetch: cms.fetch, pageSize: 2 }, articles.context)

const loadWith = (problems: BuildProblem[]) =>
  syncCms(
    'articles',
    { cmsUrl: CMS, fetch: cms.fetch, pageSize: 2, report: (p) => problems.push(p) },
    articles.context,
  )
const deepJson = (depth: number) =>
  `${'{"type":"quote","version":1,"children":['.repeat(depth)}{"type":"text","text":"tận cùng","version":1}${']}'.repeat(depth)}`

beforeEach(() => {
  cms = createFakeCms({
    articles: fixture('articles.json'),
    authors: fixture('authors.json'),
    categories: [],
    media: [],
  })
  articles = createLoaderContext(articleSchema)
})

describe('syncCms', () => {
  test('pages through published articles asking only for the fields it prints, at depth 1', async () => {
    await loadArticles()
    const pages = cms.requests.filter((r) => r.startsWith('/api/articles?depth=1'))
    expect(pages).toHaveLength(2)
    expect(pages[0]).toContain('limit=2&page=1')
    expect(pages[1]).toContain('limit=2&page=2')
    expect(pages[0]).toContain('select[title]=true')
    expect(pages[0]).toContain('select[body]=true')
    expect(pages[0]).not.toContain('select[legacyKey]')
    expect(pages[0]).not.toContain('select[createdBy]')
    expect(cms.requests.join('\n')).not.toMatch(/draft=/)
    expect([...articles.entries.keys()].sort()).toEqual(['1', '24', '25'])
  })

  test('stores validated data with the populated body image, caption and credit', async () => {
    await loadArticles()
    const lead = articles.entries.get('1')!
    expect(lead.data.title).toBe('Bảo vệ an ninh Tổ quốc trong tình hình mới')
    expect((lead.data.authors as Array<{ byline: string }>).map((a) => a.byline)).toEqual([
      'Hương Dịu',
      'Minh Khôi',
    ])
    const upload = (
      lead.data.body as {
        root: { children: Array<{ type: string; value?: { caption: string; credit: string } }> }
      }
    ).root.children.find((n) => n.type === 'upload')
    expect(upload?.value).toMatchObject({
      caption: 'Lực lượng Công an tuần tra đêm',
      credit: 'Ảnh: Thanh Hà',
    })
    expect(lead.digest).toMatch(/^[0-9a-f]{40}$/)
  })

  test('a new article that fails the schema is left out and reported; the others are stored', async () => {
    delete cms.collections.articles![1]!.title
    const problems: BuildProblem[] = []
    await loadWith(problems)
    expect([...articles.entries.keys()].sort()).toEqual(['1', '24'])
    expect(problems).toEqual([
      expect.objectContaining({
        collection: 'articles',
        id: '25',
        kind: 'schema',
        action: 'left-out',
      }),
    ])
    expect(problems[0]!.message).toBe(
      'Bài (mã 25) chưa lên trang web vì dữ liệu không hợp lệ (tiêu đề). Hãy mở lại, sửa tiêu đề rồi lưu.',
    )
    expect(problems[0]!.detail).toMatch(
      /article .*\(id 25, slug tin-an-ninh-so-22\) at http:\/\/cms\.test\/api\/articles\/25 .*title/,
    )
  })

  test('an update that fails the schema keeps the stored version, and is reported every build until fixed', async () => {
    await loadArticles()
    const edited = cms.collections.articles!.find((a) => a.id === 24)!
    Object.assign(edited, {
      title: 'Tin đã sửa',
      slug: 'Không hợp lệ!',
      updatedAt: '2023-07-01T00:00:00.000Z',
    })
    const problems: BuildProblem[] = []
    await loadWith(problems)
    expect(articles.entries.get('24')!.data.title).toBe('Tin an ninh số 21')
    expect(problems.map((p) => [p.id, p.action])).toEqual([['24', 'kept-previous']])
    expect(problems[0]!.message).toMatch(
      /^Bài «Tin đã sửa» vừa sửa có dữ liệu không hợp lệ \(đường dẫn \(slug\)\)/,
    )

    const again: BuildProblem[] = []
    await loadWith(again)
    expect(again.map((p) => [p.id, p.action])).toEqual([['24', 'kept-previous']])

    edited.slug = 'tin-da-sua'
    const fixed: BuildProblem[] = []
    await loadWith(fixed)
    expect(fixed).toEqual([])
    expect(articles.entries.get('24')!.data.title).toBe('Tin đã sửa')
  })

  test('a deleted section or author and a cleared date are repaired, reported, and the date kept', async () => {
    await loadArticles()
    const lead = cms.collections.articles!.find((a) => a.id === 1)!
    Object.assign(lead, {
      category: null,
      authors: [7, ...(lead.authors as object[])],
      publishedAt: null,
      updatedAt: '2023-07-01T00:00:00.000Z',
    })
    const problems: BuildProblem[] = []
    await loadWith(problems)
    const stored = articles.entries.get('1')!.data as {
      category: unknown
      authors: Array<{ byline: string }>
      publishedAt: string
    }
    expect(stored.category).toBeNull()
    expect(stored.authors.map((a) => a.byline)).toEqual(['Hương Dịu', 'Minh Khôi'])
    expect(stored.publishedAt).toBe('2023-06-16T16:02:00.000Z')
    expect(
      problems.map((p) => [p.id, p.kind, p.action, p.detail.match(/field (\S+)/)![1]]),
    ).toEqual([
      ['1', 'schema', 'fixed-up', 'authors.0'],
      ['1', 'schema', 'fixed-up', 'category'],
      ['1', 'schema', 'fixed-up', 'publishedAt'],
    ])
    expect(problems.map((p) => p.message).join('\n')).toMatch(
      /Chuyên mục của bài không còn tồn tại/,
    )
  })

  test('a body nested 10,000 deep is stored flattened to its words', async () => {
    const doc = cms.collections.articles!.find((a) => a.id === 25)!
    const { body: _body, ...rest } = doc
    doc[RAW_JSON] =
      `${JSON.stringify(rest).slice(0, -1)},"body":{"root":{"type":"root","children":[${deepJson(10_000)}]}}}`
    const problems: BuildProblem[] = []
    await loadWith(problems)
    const body = articles.entries.get('25')!.data.body
    expect(JSON.stringify(body)).toContain('"text":"tận cùng"')
    expect(problems.map((p) => [p.id, p.action])).toEqual([['25', 'fixed-up']])
  })

  test('stops the build naming the URL when the CMS cannot be reached', async () => {
    cms.down = true
    await expect(loadArticles()).rejects.toThrow(
      /Cannot reach the CMS at http:\/\/cms\.test\/api\/articles\?.* \(ECONNREFUSED\)/,
    )
  })

  test('stops the build naming the URL when the CMS answers with an error', async () => {
    cms.status = 500
    await expect(loadArticles()).rejects.toThrow(
      /The CMS answered 500 .* for http:\/\/cms\.test\/api\/articles\?/,
    )
  })

  test('a repeated sync fetches only what changed and drops what the CMS no longer lists', async () => {
    await loadArticles()
    cms.requests.length = 0
    const [lead, , edited] = cms.collections.articles!
    Object.assign(edited!, {
      title: 'Tin an ninh số 21 (cập nhật)',
      updatedAt: '2023-06-20T00:00:00.000Z',
    })
    cms.collections.articles = [lead!, edited!] // 25 was unpublished, trashed or deleted

    await loadArticles()

    const changedPass = cms.requests.filter((r) => r.includes('depth=1'))
    expect(changedPass).toEqual([
      expect.stringContaining('where[updatedAt][greater_than]=2023-06-16T16:05:00.000Z'),
    ])
    expect(cms.requests.some((r) => r.includes('select[id]=true'))).toBe(true)
    expect([...articles.entries.keys()].sort()).toEqual(['1', '24'])
    expect(articles.entries.get('24')!.data.title).toBe('Tin an ninh số 21 (cập nhật)')
    expect(articles.logs.join('\n')).toMatch(
      /1 fetched \(changed since 2023-06-16T16:05:00.000Z\), 0 re-fetched, 1 removed, 2 in all/,
    )
  })

  test('a repeated sync with nothing changed fetches no article', async () => {
    await loadArticles()
    cms.requests.length = 0
    await loadArticles()
    expect(articles.logs.at(-1)).toMatch(/0 fetched .* 0 re-fetched, 0 removed, 3 in all/)
  })

  test('a repeated sync counts the published articles instead of listing every id, and lists them when the count differs', async () => {
    await loadArticles()
    cms.requests.length = 0
    await loadArticles()
    // The published articles' ids (the stale check also asks for authors, sections, images changed).
    const idLists = () =>
      cms.requests.filter(
        (url) =>
          url.startsWith('/api/articles?') &&
          url.includes('select[id]=true') &&
          !url.includes('where'),
      )
    // One page of one id: the count. A full listing pages through every id (pageSize 1,000).
    expect(idLists()).toEqual([expect.stringMatching(/limit=1&page=1/)])
    cms.collections.articles = cms.collections.articles.slice(1)
    cms.requests.length = 0
    await loadArticles()
    expect(idLists().some((url) => url.includes('limit=1000'))).toBe(true)
    expect(articles.logs.at(-1)).toMatch(/1 removed, 2 in all/)
  })

  test('a repeated sync with nothing changed writes nothing, so Astro does not rewrite its whole store', async () => {
    await loadArticles()
    const writes: string[] = []
    const { meta, store } = articles.context
    const metaSet = meta.set
    const storeSet = store.set
    meta.set = (key, value) => (writes.push(`meta ${key}`), metaSet(key, value))
    store.set = (entry) => (writes.push(`store ${entry.id}`), storeSet(entry))
    await loadArticles()
    expect(writes).toEqual([])
  })

  test('re-fetches the articles that embed an author renamed since the last sync', async () => {
    await loadArticles()
    cms.requests.length = 0
    const minhKhoi = cms.collections.authors!.find((a) => a.id === 2)!
    Object.assign(minhKhoi, { byline: 'M. Khôi', updatedAt: '2023-07-01T00:00:00.000Z' })
    for (const article of cms.collections.articles!) {
      article.authors = (article.authors as Array<{ id: number }>).map((a) =>
        a.id === 2 ? minhKhoi : a,
      )
    }

    await loadArticles()

    expect(cms.requests).toContainEqual(
      expect.stringContaining(
        '/api/authors?depth=0&select[id]=true&where[updatedAt][greater_than]=',
      ),
    )
    expect(cms.requests).toContainEqual(expect.stringContaining('where[id][in]=1'))
    const bylines = (articles.entries.get('1')!.data.authors as Array<{ byline: string }>).map(
      (a) => a.byline,
    )
    expect(bylines).toEqual(['Hương Dịu', 'M. Khôi'])
  })

  test('loads authors with their own schema', async () => {
    const authors = createLoaderContext(authorSchema)
    await syncCms('authors', { cmsUrl: CMS, fetch: cms.fetch }, authors.context)
    expect([...authors.entries.values()].map((e) => e.data.byline).sort()).toEqual([
      'Hương Dịu',
      'Minh Khôi',
    ])
  })
})
