import { REST_GET } from '@payloadcms/next/routes'
import { createLocalReq, initTransaction } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest'

import { CACHE_HEADER, cachedRestGet } from '../../cms/cache/cached-rest-get'
import { RestReadCache, restReadCache } from '../../cms/cache/rest-read-cache'
import { fetchJson } from '../../site/src/loader/rest'
import {
  startCmsWithBasics,
  type TestCms,
  type RestClient,
  type Staff,
  type Basics,
} from '../helpers/cms-with-staff'
import { paragraph, richText } from '../helpers/content'

let cms: TestCms, rest: RestClient, staff: Staff, basics: Basics
let get: ReturnType<typeof cachedRestGet>

interface Answer {
  status: number
  cache: string | null
  json: any
}

/** A GET through the cached handler, as the Next.js route serves it. */
async function read(
  pathAndQuery: string,
  headers: Record<string, string> = {},
  handler = get,
): Promise<Answer> {
  const url = new URL(`http://localhost:3000/api${pathAndQuery}`)
  const slug = url.pathname
    .replace(/^\/api\//, '')
    .split('/')
    .filter(Boolean)
  const response = await handler(new Request(url, { headers }), {
    params: Promise.resolve({ slug }),
  })
  return {
    status: response.status,
    cache: response.headers.get(CACHE_HEADER),
    json: await response.json(),
  }
}

const titles = (answer: Answer): string[] =>
  answer.json.docs.map((d: { title: string }) => d.title).sort()
const asEditor = () => ({ authorization: `JWT ${staff.editor.token}` })

async function article(title: string, status: 'draft' | 'published') {
  return cms.payload.create({
    collection: 'articles',
    data: {
      title,
      lead: 'Sapo',
      body: richText(paragraph('Nội dung')),
      authors: [basics.author.id],
      category: basics.category.id,
      _status: status,
    },
  })
}

/** Reads the list twice: the second answer comes from the cache. */
async function cachedList(): Promise<string[]> {
  await read('/articles?limit=50&depth=1')
  const again = await read('/articles?limit=50&depth=1')
  expect(again.cache).toBe('hit')
  return titles(again)
}

beforeAll(async () => {
  ;({ cms, rest, staff, basics } = await startCmsWithBasics())
  get = cachedRestGet(REST_GET(cms.config))
  await article('Bài đã đăng', 'published')
})
afterAll(async () => cms?.close())
beforeEach(() => restReadCache.clear())

describe('anonymous REST reads are served from the cache', () => {
  test('a repeated anonymous read is a hit with the same content', async () => {
    const first = await read('/articles?limit=50&depth=1')
    expect(first).toMatchObject({ status: 200, cache: 'miss' })
    expect(titles(first)).toContain('Bài đã đăng')
    const hits = restReadCache.stats.hits
    const second = await read('/articles?limit=50&depth=1')
    expect(second.cache).toBe('hit')
    expect(second.json).toEqual(first.json)
    expect(restReadCache.stats.hits).toBe(hits + 1)
  })

  test('staff answers are never cached, by token or by cookie, and never served to the public', async () => {
    const draft = await article('Bài nháp của biên tập', 'draft')
    // A browser's cookie login: Payload accepts the cookie for same-origin requests.
    const cookie = {
      cookie: `payload-lng=vi; payload-token=${staff.editor.token}`,
      'sec-fetch-site': 'same-origin',
    }
    for (const headers of [asEditor(), cookie]) {
      const answer = await read('/articles?limit=50&draft=true', headers)
      expect(answer.cache).toBe('bypass')
      expect(titles(answer)).toContain('Bài nháp của biên tập')
    }
    expect(restReadCache.size).toBe(0)
    const pub = await read('/articles?limit=50&draft=true')
    expect(pub.cache).toBe('miss')
    expect(titles(pub)).not.toContain('Bài nháp của biên tập')
    expect((await read(`/articles/${draft.id}`)).status).toBe(404)
  })

  test('a draft saved over a live article never reaches anonymous readers, cached or not', async () => {
    const live = await article('Bản công khai', 'published')
    const saved = await rest('PATCH', `/articles/${live.id}?draft=true`, {
      token: staff.editor.token,
      json: { title: 'Bản nháp chưa duyệt' },
    })
    expect(saved.status).toBe(200)
    expect((await read(`/articles/${live.id}?draft=true`, asEditor())).json.title).toBe(
      'Bản nháp chưa duyệt',
    )
    // Payload's own answers to the public: the published version, or (asking for drafts) nothing.
    const publicAnswers: Array<[string, (json: any) => unknown, unknown]> = [
      [`/articles/${live.id}`, (json) => json.title, 'Bản công khai'],
      ['/articles?limit=50', (json) => titles({ json } as Answer).includes('Bản công khai'), true],
      [
        '/articles?limit=50&draft=true',
        (json) => titles({ json } as Answer).includes('Bản công khai'),
        false,
      ],
    ]
    for (const [p, pick, expected] of publicAnswers) {
      for (const how of ['miss', 'hit']) {
        const answer = await read(p)
        expect(answer.cache).toBe(how)
        expect(pick(answer.json)).toEqual(expected)
        expect(JSON.stringify(answer.json)).not.toContain('Bản nháp chưa duyệt')
      }
    }
    expect((await read(`/articles/${live.id}?draft=true`)).json).not.toHaveProperty(
      'title',
      'Bản nháp chưa duyệt',
    )
  })

  test('Cache-Control: no-cache and Pragma: no-cache bypass the cache and store nothing', async () => {
    await read('/articles?limit=50')
    const cached = await read('/articles?limit=50')
    expect(cached.cache).toBe('hit')
    // Written behind the cache's back (as another process would): only a fresh read sees it.
    await cms.payload.db.updateOne({
      collection: 'articles',
      id: cached.json.docs[0].id,
      data: { title: 'Sửa từ tiến trình khác' },
    })
    const noCache: Array<Record<string, string>> = [
      { 'cache-control': 'no-cache' },
      { pragma: 'no-cache' },
    ]
    for (const headers of noCache) {
      const fresh = await read('/articles?limit=50', headers)
      expect(fresh.cache).toBe('bypass')
      expect(titles(fresh)).toContain('Sửa từ tiến trình khác')
    }
    expect((await read('/articles?limit=50')).cache).toBe('hit')
  })

  test('the site loader always reads fresh data', async () => {
    await cachedList()
    const seen: Array<string | null> = []
    const fetchImpl = async (url: string, init?: RequestInit) => {
      const slug = new URL(url).pathname.replace(/^\/api\//, '').split('/')
      const response = await get(new Request(url, init), { params: Promise.resolve({ slug }) })
      seen.push(response.headers.get(CACHE_HEADER))
      return response
    }
    const page = await fetchJson<{ docs: unknown[] }>(
      fetchImpl,
      'http://localhost:3000/api/articles?limit=50&depth=1',
    )
    expect(page.docs.length).toBeGreaterThan(0)
    expect(seen).toEqual(['bypass'])
  })

  test('site status, accounts and files are never cached', async () => {
    expect((await read('/users/me')).cache).toBe('bypass')
    expect((await read('/site/status')).cache).toBe('bypass')
    expect((await read('/payload-jobs?limit=1')).cache).toBe('bypass')
  })
})

describe('every write clears the cache', () => {
  test('publish: cleared before the rebuild request is queued, and the next read shows it', async () => {
    expect(await cachedList()).not.toContain('Bài mới đăng')
    const draft = await article('Bài mới đăng', 'draft')
    const atQueue: number[] = []
    const queue = cms.payload.jobs.queue
    cms.payload.jobs.queue = ((args: Parameters<typeof queue>[0]) => {
      atQueue.push(restReadCache.size)
      return queue(args)
    }) as typeof queue
    try {
      // A read between the draft save and the publish fills the cache again.
      await cachedList()
      const published = await rest('PATCH', `/articles/${draft.id}`, {
        token: staff.editor.token,
        json: { _status: 'published' },
      })
      expect(published.status).toBe(200)
    } finally {
      cms.payload.jobs.queue = queue
    }
    expect(atQueue).toEqual([0])
    const after = await read('/articles?limit=50&depth=1')
    expect(after.cache).toBe('miss')
    expect(titles(after)).toContain('Bài mới đăng')
  })

  test('unpublish, trash and delete each take the article out of the next anonymous read', async () => {
    const a = await article('Bài sẽ gỡ', 'published')
    const b = await article('Bài sẽ vào thùng rác', 'published')
    const c = await article('Bài sẽ xóa', 'published')
    const steps: Array<[string, () => Promise<{ status: number }>]> = [
      [
        'Bài sẽ gỡ',
        () =>
          rest('PATCH', `/articles/${a.id}`, {
            token: staff.editor.token,
            json: { _status: 'draft' },
          }),
      ],
      [
        'Bài sẽ vào thùng rác',
        () =>
          rest('PATCH', `/articles/${b.id}`, {
            token: staff.editor.token,
            json: { deletedAt: new Date().toISOString() },
          }),
      ],
      ['Bài sẽ xóa', () => rest('DELETE', `/articles/${c.id}`, { token: staff.editor.token })],
    ]
    for (const [title, change] of steps) {
      expect(await cachedList()).toContain(title)
      expect((await change()).status).toBe(200)
      const after = await read('/articles?limit=50&depth=1')
      expect(after.cache).toBe('miss')
      expect(titles(after)).not.toContain(title)
    }
  })

  test('a scheduled publish run by the job queue clears it', async () => {
    const draft = await article('Bài hẹn giờ', 'draft')
    await cms.payload.jobs.queue({
      task: 'schedulePublish',
      waitUntil: new Date(Date.now() + 200),
      input: { type: 'publish', doc: { relationTo: 'articles', value: draft.id } },
    })
    await new Promise((r) => setTimeout(r, 300))
    expect(await cachedList()).not.toContain('Bài hẹn giờ')
    await cms.payload.jobs.run({ allQueues: true })
    const after = await read('/articles?limit=50&depth=1')
    expect(after.cache).toBe('miss')
    expect(titles(after)).toContain('Bài hẹn giờ')
  })

  test('an image or category change clears it (pages embed them at depth 1)', async () => {
    await cachedList()
    await cms.payload.update({
      collection: 'categories',
      id: basics.category.id,
      data: { name: 'An ninh – Trật tự' },
    })
    const after = await read('/articles?limit=50&depth=1')
    expect(after.cache).toBe('miss')
    expect(after.json.docs[0].category.name).toBe('An ninh – Trật tự')
  })

  test('a change inside a transaction clears again when it commits', async () => {
    const live = await article('Trước giao dịch', 'published')
    const req = await createLocalReq({}, cms.payload)
    const transactional = await initTransaction(req)
    await cms.payload.update({
      collection: 'articles',
      id: live.id,
      data: { title: 'Sau giao dịch' },
      req,
    })
    // Until the commit, other connections still read the old title; such a read may be stored.
    await read(`/articles/${live.id}`)
    if (transactional) await cms.payload.db.commitTransaction(req.transactionID as string)
    expect((await read(`/articles/${live.id}`)).json.title).toBe('Sau giao dịch')
  })

  test('a read that overlapped a clear is not stored', async () => {
    const clearing = cachedRestGet(async (request, args) => {
      const response = await REST_GET(cms.config)(request, args)
      restReadCache.clear()
      return response
    })
    expect((await read('/articles?limit=50', {}, clearing)).cache).toBe('miss')
    expect(restReadCache.size).toBe(0)
  })
})

describe('entries are bounded in age', () => {
  test('a change made behind the cache (another process) shows once the entry is older than maxAgeMs', async () => {
    let now = 1_000_000
    const cache = new RestReadCache({ maxAgeMs: 3000, now: () => now })
    cache.watch('collection', 'articles')
    const short = cachedRestGet(REST_GET(cms.config), cache)
    const live = await article('Trước khi nhập', 'published')
    expect((await read(`/articles/${live.id}`, {}, short)).json.title).toBe('Trước khi nhập')
    await cms.payload.db.updateOne({
      collection: 'articles',
      id: live.id,
      data: { title: 'Sau khi nhập' },
    })
    now += 2999
    expect((await read(`/articles/${live.id}`, {}, short)).json.title).toBe('Trước khi nhập')
    now += 1
    const fresh = await read(`/articles/${live.id}`, {}, short)
    expect(fresh).toMatchObject({ cache: 'miss', json: { title: 'Sau khi nhập' } })
  })

  test('memory is bounded: oldest entries go first, oversized answers are not stored', () => {
    const cache = new RestReadCache({ maxBytes: 250, maxEntryBytes: 200 })
    const entry = (n: number) => ({
      status: 200,
      headers: [] as [string, string][],
      body: new Uint8Array(n),
    })
    expect(cache.set('a', cache.epoch, entry(100))).toBe(true)
    expect(cache.set('b', cache.epoch, entry(100))).toBe(true)
    expect(cache.set('c', cache.epoch, entry(100))).toBe(true)
    expect([cache.get('a'), cache.get('b') !== undefined, cache.get('c') !== undefined]).toEqual([
      undefined,
      true,
      true,
    ])
    expect(cache.set('d', cache.epoch, entry(201))).toBe(false)
    expect(cache.set('e', cache.epoch - 1, entry(10))).toBe(false)
  })
})
