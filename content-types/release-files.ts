import { z } from 'zod'

/**
 * Files a site build writes beside its pages for the publisher, and the publisher's own files in
 * a release that the site build reads back. Both sides parse them with these schemas.
 */

/** Every page the build stands for, with its cacheKey (null: rendered on every build). */
export const RENDER_KEYS_FILE = '.render-keys.json'
export const renderKeysSchema = z.object({
  /** Digest of the site's code and settings: pages rendered by other code are never reused. */
  code: z.string(),
  /**
   * `all`: the build wrote every page (a full release). `changed`: only the pages that differ
   * from the live release it was told of; the publisher lays them over that release.
   */
  rendered: z.enum(['all', 'changed']),
  pages: z.custom<Record<string, string | null>>(
    isKeyMap,
    'an object of page paths to keys (text or null)',
  ),
})

/**
 * Checked by hand rather than by z.record: the map holds every page of the site (20,000 and more
 * at archive size), read on every publish, and zod's per-entry checks took a tenth of a second.
 */
function isKeyMap(value: unknown): boolean {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue
    const entry = (value as Record<string, unknown>)[key]
    if (entry !== null && typeof entry !== 'string') return false
  }
  return true
}
export type RenderKeys = z.output<typeof renderKeysSchema>

/**
 * The release file a page path is written to (`build.format: 'directory'`): `/a/b/` →
 * `a/b/index.html`, `/rss.xml` → `rss.xml`.
 */
export function pageFile(pathname: string): string {
  const trimmed = pathname.replace(/^\/+/, '')
  if (trimmed === '' || trimmed.endsWith('/')) return `${trimmed}index.html`
  return /\.[a-z0-9]+$/i.test(trimmed) ? trimmed : `${trimmed}/index.html`
}

/**
 * A layered release holds only the files that changed; the rest are read from `base` (a full
 * release in the same folder), except the files listed in `removed`.
 */
export const LAYER_FILE = '.layer.json'
export const layerSchema = z.object({
  base: z.string(),
  /** `/x/index.html` for a file, `/x/` for everything under a folder. */
  removed: z.array(z.string()),
})
export type Layer = z.output<typeof layerSchema>

/** What the search index holds (one record per published article), for the search job. */
export const SEARCH_RECORDS_FILE = '.search-records.json'
/**
 * A build laid over the live release writes only the records of the pages it rendered, as one
 * file in this folder named by the time of the build (`20261201T084500000Z-<random>.json`, so
 * names sort oldest first). A layered release carries its live release's files, so the folder
 * holds every publish since the full build: the search job lays them, oldest first, over the
 * base's SEARCH_RECORDS_FILE. At 20,000 articles the whole list is over 100 MB, too much to
 * write on every publish.
 */
export const SEARCH_CHANGES_DIR = '.search-changes'
