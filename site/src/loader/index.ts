import type { Loader } from 'astro/loaders'

import type { ReportProblem } from '../lib/build-report'
import { type CollectionName, COLLECTIONS } from './collections'
import type { Fetch } from './rest'
import { syncCollection } from './sync'

export { CmsError, mediaFileUrl } from './rest'
export type { CollectionName } from './collections'

export interface CmsLoaderOptions {
  cmsUrl: string
  /** Injected by tests; the build uses the global fetch. */
  fetch?: Fetch
  /** Documents per request; the collection's default suits the CMS. */
  pageSize?: number
  /** Told each document the site could not take as it is (see lib/build-report.ts). */
  report?: ReportProblem
}

/**
 * Astro content-layer loader for one CMS collection. This folder is the only code in the site that
 * knows the CMS's REST URLs, paging and depth; pages read the validated store through astro:content.
 */
export function cmsLoader(collection: CollectionName, options: CmsLoaderOptions): Loader {
  const spec = { ...COLLECTIONS[collection], pageSize: options.pageSize ?? COLLECTIONS[collection].pageSize }
  return {
    name: `bantin-cms-${collection}`,
    load: (context) =>
      syncCollection(context, spec, {
        cmsUrl: options.cmsUrl,
        fetch: options.fetch ?? ((url, init) => fetch(url, init)),
        report: options.report ?? (() => {}),
      }),
  }
}
