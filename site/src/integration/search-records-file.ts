import { randomBytes } from 'node:crypto'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'

import {
  pageFile,
  SEARCH_CHANGES_DIR,
  SEARCH_RECORDS_FILE,
} from '@bantin/content-types/release-files'

import { foldDiacritics } from '../lib/fold'
import type { SearchRecord } from '../lib/search-records'

// Records outlive a build in a warm builder (lib/content.ts keeps each article's render, record
// included, while the article is unchanged), so each is folded and encoded once, not on every
// publish: at 20,000 articles that was 2 s of a publish. On globalThis: this module is loaded
// again by every build.
const ENCODED = Symbol.for('bantin.site.encoded-search-records')
type Holder = { [ENCODED]?: WeakMap<SearchRecord, Buffer> }

function encoded(record: SearchRecord, id: string | undefined): Buffer {
  const cache = ((globalThis as Holder)[ENCODED] ??= new WeakMap())
  let bytes = cache.get(record)
  if (!bytes) {
    // Folded as the search page folds queries; titles shown in results keep their diacritics (meta).
    bytes = Buffer.from(JSON.stringify({ ...record, id, text: foldDiacritics(record.text) }))
    cache.set(record, bytes)
  }
  return bytes
}

/**
 * Writes what the publisher's search job indexes (publisher/src/search/search-index.ts), each
 * record with the id of its article: every record after a whole-site build, and after a build laid
 * over the live release (`rendered`: the files of its pages) only the records of the pages it
 * rendered, as a new file in SEARCH_CHANGES_DIR. A record changes only with its article, and so
 * with its page's key: the other records are the live release's.
 */
export async function writeSearchRecords(
  distDir: string,
  records: SearchRecord[],
  idOf: (url: string) => string | undefined,
  rendered: Set<string> | null,
) {
  let file = path.join(distDir, SEARCH_RECORDS_FILE)
  if (rendered) {
    records = records.filter((record) => rendered.has(pageFile(record.url)))
    // Names sort in the order the builds ran; the random part only keeps two apart.
    const stamp = new Date().toISOString().replace(/[-:.]/g, '')
    file = path.join(distDir, SEARCH_CHANGES_DIR, `${stamp}-${randomBytes(3).toString('hex')}.json`)
    await mkdir(path.dirname(file), { recursive: true })
  }
  const parts: Buffer[] = [Buffer.from('[')]
  records.forEach((record, i) => {
    if (i > 0) parts.push(Buffer.from(','))
    parts.push(encoded(record, idOf(record.url)))
  })
  parts.push(Buffer.from(']'))
  await writeFile(file, Buffer.concat(parts))
}
