import { writeFile } from 'node:fs/promises'

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
 * Writes what the publisher's search job indexes (publisher/src/search/search-index.ts): every
 * record, with the id of its article.
 */
export async function writeSearchRecords(
  file: string,
  records: SearchRecord[],
  idOf: (url: string) => string | undefined,
) {
  const parts: Buffer[] = [Buffer.from('[')]
  records.forEach((record, i) => {
    if (i > 0) parts.push(Buffer.from(','))
    parts.push(encoded(record, idOf(record.url)))
  })
  parts.push(Buffer.from(']'))
  await writeFile(file, Buffer.concat(parts))
}
