/**
 * npm run build:site — builds the public site from the CMS at CMS_URL (default
 * http://localhost:3000): Astro pages, the images they use, and the Pagefind search index.
 * Output goes to site/dist unless SITE_DIST_DIR says otherwise.
 */
import { readdir } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { useOwnWorkDir } from '@bantin/publisher/builder/own-work-dir'

import { readSettings } from '../site/src/settings'

const siteDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'site')

async function countPages(dir: string): Promise<number> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true })
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith('.html')).length
}

async function main() {
  const settings = readSettings()
  useOwnWorkDir(settings.distDir)
  const started = performance.now()
  const { build } = await import('astro')
  await build({ root: siteDir })
  const seconds = (performance.now() - started) / 1000
  const pages = await countPages(settings.distDir)
  // This process's peak (Astro builds in it); Pagefind indexes in a process of its own.
  const peakMb = Math.round(process.resourceUsage().maxRSS / 1024)
  console.log(
    `build:site: ${pages} pages in ${seconds.toFixed(1)} s (${(pages / seconds).toFixed(1)} pages/s), ` +
      `peak RSS ${peakMb} MB, from ${settings.cmsUrl} → ${settings.distDir}`,
  )
}

main().catch((error: Error) => {
  console.error(`build:site failed: ${error.message}`)
  process.exit(1)
})
