import mdx from '@astrojs/mdx'
import { defineConfig } from 'astro/config'

import { bantin } from './src/integration/bantin'
import { readSettings } from './src/settings'

const { cmsUrl, siteUrl, distDir, cacheDir } = readSettings()

export default defineConfig({
  site: siteUrl,
  output: 'static',
  outDir: distDir,
  cacheDir,
  trailingSlash: 'always',
  // Several pages at a time: most of a publish's pages are file copies from the incremental cache.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 8 },
  // Every image comes pre-sized from the CMS; Astro's image service is never used.
  image: { service: { entrypoint: 'astro/assets/services/noop' } },
  devToolbar: { enabled: false },
  // Pages whose getStaticPaths() gives a cacheKey (src/lib/cache-key.ts) and whose code is
  // unchanged are copied from the previous build instead of rendered: a publish re-renders the
  // few pages it touches, not every article on the site.
  experimental: { incrementalBuild: true },
  integrations: [mdx(), bantin({ cmsUrl })],
})
