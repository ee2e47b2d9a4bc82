import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { SEARCH_CHANGES_DIR, SEARCH_RECORDS_FILE } from '../../content-types/release-files'
import { switchCurrent } from '../../publisher/src/releases/store'
import { currentSearchLink, indexLiveRelease } from '../../publisher/src/search/search-index'
import { makeRelease } from './helpers/make-release'

// A publish at archive size writes only the records of the pages it rendered
// (site/src/integration/search-records-file.ts); the search job lays them over the base's records.
const dir = mkdtempSync(path.join(tmpdir(), 'bantin-search-changes-'))
const FULL = '20261201-080000-000'
const LAYER = '20261201-090000-000'
const record = (id: string, slug: string, title: string) => ({
  id,
  url: `/tin-tuc/${slug}/`,
  text: title.toLowerCase(),
  meta: { title, lead: `Sapo ${title}`, date: '01/12/2026', category: 'An ninh', text: title },
})
const metaOf = (id: string) => {
  const current = currentSearchLink(dir)
  const fragments = JSON.parse(readFileSync(path.join(current, 'fragments.json'), 'utf8'))
  const [file] = fragments[id] as string[]
  const text = gunzipSync(readFileSync(path.join(current, file))).toString('utf8')
  return JSON.parse(text.replace(/^pagefind_dcd/, '')).meta as { title: string }
}

beforeAll(async () => {
  await makeRelease(dir, FULL, {
    'index.html': '<h1>Trang chủ</h1>',
    'tin-tuc/a/index.html': '<h1>A</h1>',
    'tin-tuc/b/index.html': '<h1>B</h1>',
    'tin-tuc/c/index.html': '<h1>C</h1>',
    [SEARCH_RECORDS_FILE]: JSON.stringify([
      record('1', 'a', 'Bài A'),
      record('2', 'b', 'Bài B'),
      record('3', 'c', 'Bài C'),
    ]),
  })
  // Two publishes since the full build, carried in the live layer: B edited twice, D new, C gone.
  await makeRelease(dir, LAYER, {
    '.layer.json': JSON.stringify({ base: FULL, removed: ['/tin-tuc/c/index.html'] }),
    'tin-tuc/b/index.html': '<h1>B sửa lần hai</h1>',
    'tin-tuc/d/index.html': '<h1>D</h1>',
    [`${SEARCH_CHANGES_DIR}/20261201T083000000Z-0001.json`]: JSON.stringify([
      record('2', 'b', 'Bài B sửa lần một'),
    ]),
    [`${SEARCH_CHANGES_DIR}/20261201T084500000Z-0002.json`]: JSON.stringify([
      record('2', 'b', 'Bài B sửa lần hai'),
      record('4', 'd', 'Bài D mới'),
    ]),
  })
  await switchCurrent(dir, LAYER)
}, 60_000)
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('the search job over a layered release', () => {
  test("indexes the base's records with each publish's changes laid over them, newest last", async () => {
    expect(await indexLiveRelease(dir, () => {})).toBe(3)
    expect(metaOf('1').title).toBe('Bài A')
    expect(metaOf('2').title).toBe('Bài B sửa lần hai')
    expect(metaOf('4').title).toBe('Bài D mới')
    const fragments = JSON.parse(
      readFileSync(path.join(currentSearchLink(dir), 'fragments.json'), 'utf8'),
    )
    expect(Object.keys(fragments).sort()).toEqual(['1', '2', '4'])
  }, 60_000)
})
