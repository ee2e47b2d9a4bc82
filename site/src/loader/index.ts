import type { ReportProblem } from '../lib/build-report'
import { type CollectionName, COLLECTIONS } from './collections'
import type { Fetch } from './rest'
import { type SyncContext, syncCollection } from './sync'

export { CmsError, documentFileUrl, mediaFileUrl } from './rest'
export type { CollectionName } from './collections'
export { saveStores, storeContext, storedEntries } from './memory-store'

interface CmsSyncOptions {
  cmsUrl: string
  /** Injected by tests; the build uses the global fetch. */
  fetch?: Fetch
  /** Documents per request; the collection's default suits the CMS. */
  pageSize?: number
  /** Told each document the site could not take as it is (see lib/build-report.ts). */
  report?: ReportProblem
}

/**
 * Brings one collection of the store (memory-store.ts) in line with what the CMS publishes now.
 * This folder is the only code in the site that knows the CMS's REST URLs, paging and depth.
 */
export function syncCms(
  collection: CollectionName,
  options: CmsSyncOptions,
  context: SyncContext,
): Promise<void> {
  const spec = {
    ...COLLECTIONS[collection],
    pageSize: options.pageSize ?? COLLECTIONS[collection].pageSize,
  }
  return syncCollection(context, spec, {
    cmsUrl: options.cmsUrl,
    fetch: options.fetch ?? ((url, init) => fetch(url, init)),
    report: options.report ?? (() => {}),
  })
}
