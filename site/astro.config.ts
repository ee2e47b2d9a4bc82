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
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Every image comes pre-sized from the CMS; Astro's image service is never used.
  image: { service: { entrypoint: 'astro/assets/services/noop' } },
  devToolbar: { enabled: false },
  integrations: [mdx(), bantin({ cmsUrl })],
})
