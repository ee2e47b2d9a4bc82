/**
 * Old addresses of imported articles (`legacyUrl`): the site build writes them with their new
 * pages into every release (`.redirects.json`, content-types/legacy-url.ts); a request that finds
 * no file is looked up there and answered with a 301. Read from the same release as the rest of
 * the request, once per release (releases never change once live).
 */
import path from 'node:path'

import {
  legacyLookupKey,
  legacyPathOf,
  REDIRECTS_FILE,
  redirectsFileSchema,
} from '@bantin/content-types/legacy-url'
import { pageFile } from '@bantin/content-types/release-files'

import { readJsonFile } from '../releases/basics'
import { type ReleaseView, whereIs } from '../releases/layer'

const CACHED = 16
const tables = new Map<string, Promise<Map<string, string>>>()

async function readTable(release: ReleaseView): Promise<Map<string, string>> {
  const folder = await whereIs(release, REDIRECTS_FILE)
  const file = folder
    ? await readJsonFile(path.join(folder, REDIRECTS_FILE), redirectsFileSchema, 'a redirects file')
    : null
  return new Map((file?.redirects ?? []).map(({ from, to }) => [legacyLookupKey(from), to]))
}

/** The release's redirects by lookup key, parsed once per release folder. */
function tableOf(release: ReleaseView): Promise<Map<string, string>> {
  let table = tables.get(release.dir)
  if (!table) {
    table = readTable(release)
    // A file that could not be read is tried again by the next request, not remembered.
    table.catch(() => tables.delete(release.dir))
    tables.set(release.dir, table)
    if (tables.size > CACHED) tables.delete(tables.keys().next().value!)
  }
  return table
}

/**
 * The page an old address now lives at, or null. The address with its query is looked up first
 * (NukeViet's `/index.php?nv=news&op=…`), then without it (a link shared with `?fbclid=…`). A page
 * this release no longer serves (taken down since the build) is no reason to send anyone there.
 */
export async function legacyRedirect(
  release: ReleaseView,
  rawPath: string,
  query: string,
): Promise<string | null> {
  const withQuery = legacyPathOf(query ? `${rawPath}?${query}` : rawPath)
  if (withQuery === null) return null
  const table = await tableOf(release)
  if (!table.size) return null
  const bare = withQuery.split('?')[0]!
  const to = table.get(legacyLookupKey(withQuery)) ?? table.get(legacyLookupKey(bare))
  if (!to) return null
  return (await whereIs(release, pageFile(to))) ? to : null
}
