import type { AstroIntegration } from 'astro'
import { fileURLToPath } from 'node:url'

import { copyReferencedMedia } from './copy-media'
import { buildSearchIndex } from './search-index'

/** After the pages are written: bring in the images they use, then index them for search. */
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
        await copyReferencedMedia({ distDir, cacheDir, cmsUrl, log: logger })
        await buildSearchIndex(distDir, logger)
      },
    },
  }
}
