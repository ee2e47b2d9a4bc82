import path from 'node:path'
import * as pagefind from 'pagefind'

import { foldDiacritics } from '../lib/fold'
import type { SearchRecord } from '../lib/search-records'

type Log = { info: (m: string) => void }

/** Far above any archive this site is built for (tens of thousands of articles). */
const MAX_FRAGMENTS = 10_000_000

/**
 * Builds the static Pagefind index from the records the content gave (lib/site-content.ts).
 * The indexed text is folded (no diacritics) and the search page folds queries the same way;
 * titles and leads shown in results keep their diacritics in the record's metadata.
 */
export async function buildSearchIndex(
  distDir: string,
  records: SearchRecord[],
  log: Log,
): Promise<number> {
  // One fragment file per article, never bundled with others (Pagefind groups them past
  // maxFragments): a takedown deletes an article's fragment without touching anyone else's.
  const { index, errors } = await pagefind.createIndex({
    forceLanguage: 'vi',
    maxFragments: MAX_FRAGMENTS,
  })
  if (!index) throw new Error(`Pagefind did not start: ${errors.join('; ')}`)
  try {
    // All records in flight at once: Pagefind answers each over a pipe, and waiting for every
    // answer before sending the next record doubles the indexing time.
    await Promise.all(
      records.map(async (record) => {
        const added = await index.addCustomRecord({
          url: record.url,
          content: foldDiacritics(record.text),
          language: 'vi',
          meta: record.meta,
        })
        if (added.errors.length)
          throw new Error(`Pagefind refused ${record.url}: ${added.errors.join('; ')}`)
      }),
    )
    const written = await index.writeFiles({ outputPath: path.join(distDir, 'pagefind') })
    if (written.errors.length)
      throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`)
  } finally {
    await pagefind.close()
  }
  log.info(`search: ${records.length} articles indexed with Pagefind`)
  return records.length
}
