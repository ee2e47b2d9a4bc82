import type { AstroIntegration } from 'astro'
import { rm } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { SEARCH_RECORDS_FILE } from '../lib/search-records'

import { copyReferencedMedia } from './copy-media'
import { buildSearchIndex } from './search-index'

/** After the pages are written: bring in the images they use and index the articles for search. */
export function bantin({ cmsUrl }: { cmsUrl: string }): AstroIntegration {
  let cacheDir = ''
  return {
    name: 'bantin',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(new URL('media/', config.cacheDir))
      },
      'astro:build:done': async ({ dir, logger }) => {
        const distDir = fileURLToPath(dir)
        // Pagefind indexes in its own process, so copying images meanwhile costs no extra time.
        await Promise.all([
          copyReferencedMedia({ distDir, cacheDir, cmsUrl, log: logger }),
          buildSearchIndex(distDir, logger),
        ])
        await rm(path.join(distDir, SEARCH_RECORDS_FILE))
      },
    },
  }
}
