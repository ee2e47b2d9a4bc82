import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { SEARCH_CHANGES_DIR, SEARCH_RECORDS_FILE } from '../../content-types/release-files'
import { readCurrent } from '../../publisher/src/releases/store'
import { indexLiveRelease } from '../../publisher/src/search/search-index'
import { huongDiu, security, servedArticle, traffic } from '../site/helpers/awkward-news'
import { startFakeCmsServer, type FakeCmsServer } from '../site/helpers/cms-server'
import { createFakeCms, type FakeCms } from '../site/helpers/fake-cms'
import { publishSite } from './helpers/publish-site'

// A publish at archive size must not rewrite every article's search record (over 100 MB at
// 20,000 articles): a build laid over the live release writes the records of the pages it rendered.
const dir = mkdtempSync(path.join(tmpdir(), 'bantin-search-publish-'))
const releasesDir = path.join(dir, 'releases')

const article = (id: number, title: string, fields: Record<string, unknown> = {}) =>
  servedArticle(id, `bai-${id}`, { title, tags: [`Chủ đề ${id}`], ...fields })

type SearchRecord = { id?: string; url: string; meta: { title: string } }
let cms: FakeCms
let server: FakeCmsServer
const logs: string[] = []

const publish = (reason: string) =>
  publishSite({ dir, releasesDir, cmsUrl: server.url, logs }, reason)
const liveDir = async () => path.join(releasesDir, (await readCurrent(releasesDir))!)
const changesOf = (release: string) =>
  readdirSync(path.join(release, SEARCH_CHANGES_DIR))
    .sort()
    .map(
      (name) =>
        JSON.parse(
          readFileSync(path.join(release, SEARCH_CHANGES_DIR, name), 'utf8'),
        ) as SearchRecord[],
    )
const titles = (records: SearchRecord[]) => records.map((r) => `${r.id}:${r.meta.title}`).sort()

beforeAll(async () => {
  cms = createFakeCms({
    // Article 1 shares no section or tag with the others: no publish below touches its page.
    articles: [
      article(1, 'Bài số 1', { category: traffic }),
      ...[2, 3, 4, 5].map((id) => article(id, `Bài số ${id}`)),
    ],
    categories: [security, traffic],
    authors: [huongDiu],
    media: [],
  })
  server = await startFakeCmsServer(cms)
  const first = await publish('first build')
  expect(first.result, logs.join('\n')).toBe('ok')
}, 600_000)
afterAll(async () => {
  await server?.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('search records through publishes', () => {
  test('the first build writes every record', async () => {
    const live = await liveDir()
    const records = JSON.parse(readFileSync(path.join(live, SEARCH_RECORDS_FILE), 'utf8'))
    expect(titles(records)).toEqual([
      '1:Bài số 1',
      '2:Bài số 2',
      '3:Bài số 3',
      '4:Bài số 4',
      '5:Bài số 5',
    ])
  })

  test('a publish writes only the records of the pages it rendered, and the search job sees them all', async () => {
    cms.collections.articles![1] = article(2, 'Bài số 2 đã sửa', {
      updatedAt: '2024-03-20T00:00:00.000Z',
    })
    expect((await publish('article 2 edited')).result, logs.join('\n')).toBe('ok')
    cms.collections.articles!.push(article(6, 'Bài số 6 mới'))
    expect((await publish('article 6 published')).result, logs.join('\n')).toBe('ok')
    const live = await liveDir()
    expect(existsSync(path.join(live, SEARCH_RECORDS_FILE))).toBe(false)
    const [edit, added] = changesOf(live)
    expect(titles(edit!)).toContain('2:Bài số 2 đã sửa')
    expect(titles(added!)).toContain('6:Bài số 6 mới')
    // An article the publishes did not touch (no shared section or tag) is not rewritten.
    expect(titles([...edit!, ...added!])).not.toContain('1:Bài số 1')
    const lines: string[] = []
    expect(await indexLiveRelease(releasesDir, (line) => lines.push(line))).toBe(6)
  }, 600_000)
})
