import mdx from '@astrojs/mdx'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { defineConfig } from 'astro/config'

import { bantin } from './src/integration/bantin'
import { renderOnlyChanged } from './src/integration/render-only-changed'
import { readSettings } from './src/settings'

const { cmsUrl, siteUrl, distDir, cacheDir, liveDir } = readSettings()
const siteDir = path.dirname(fileURLToPath(import.meta.url))

export default defineConfig({
  site: siteUrl,
  output: 'static',
  outDir: distDir,
  cacheDir,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 8 },
  // Every image comes pre-sized from the CMS; Astro's image service is never used.
  image: { service: { entrypoint: 'astro/assets/services/noop' } },
  devToolbar: { enabled: false },
  // The site has no PostCSS plugins: saying so spares Vite a search for a PostCSS config in every
  // folder up to the root on every build (a tenth of a second of a publish under load).
  vite: { css: { postcss: {} } },
  // Pages whose getStaticPaths() gives a cacheKey (src/lib/cache-key.ts) and whose code is
  // unchanged are not rendered again. In the publisher (liveDir set) they are left out of the
  // output and served from the live release (integration/render-only-changed.ts); a standalone
  // build (`npm run build:site`) copies them from Astro's incremental cache, which would instead
  // delete the pages a publish leaves out.
  experimental: { incrementalBuild: !liveDir },
  integrations: [
    mdx(),
    bantin({ cmsUrl, liveDir }),
    renderOnlyChanged({ liveDir, siteDir, settings: JSON.stringify({ cmsUrl, siteUrl }) }),
  ],
})
