import type { AstroIntegration, AstroPrerenderer } from 'astro'
import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { pageFile, RENDER_KEYS_FILE, type RenderKeys } from '@bantin/content-types/release-files'

import { currentBuildReport } from '../lib/build-report'
import { codeHash } from './code-hash'
import { type LiveRelease, readLiveRelease } from './live-release'

/**
 * Which pages a publish must render: those without a cacheKey (home, feeds, sitemap, static
 * pages: cheap and always current), and keyed pages whose key is not the live release's for
 * that path or whose file the live release no longer serves (taken down). Exported for tests.
 */
export function pagesToRender<T extends { pathname: string; cacheKey?: string }>(
  paths: T[],
  live: LiveRelease | null,
  code: string,
): T[] {
  if (!live || live.keys.code !== code) return paths
  return paths.filter(
    ({ pathname, cacheKey }) =>
      cacheKey === undefined ||
      live.keys.pages[pathname] !== cacheKey ||
      !live.serves(pageFile(pathname)),
  )
}

type WithApp = { app?: { routeCache?: { clearAll(): void } } }

/**
 * The prerender bundle's file name is a hash of its code, and Node keeps a module it imported: a
 * warm builder's second build of unchanged code runs the first build's module, whose route cache
 * still holds that build's getStaticPaths() results (props and keys of old content). The default
 * prerenderer's `app` (set in its setup()) exposes that cache.
 */
function forgetStaticPaths(prerenderer: AstroPrerenderer) {
  ;(prerenderer as AstroPrerenderer & WithApp).app?.routeCache?.clearAll()
}

/**
 * In the publisher (SITE_LIVE_DIR set), a build renders only the pages that differ from the live
 * release and writes just those: the publisher lays them over the live release. Every build
 * writes `.render-keys.json`, the key of every page it stands for, which the next one compares
 * against. Astro's own incremental build cannot do this: it copies every unchanged page into the
 * output (38 s at 12,500 pages) and deletes the pages it did not render.
 */
export function renderOnlyChanged({
  liveDir,
  siteDir,
  settings,
}: {
  liveDir: string | null
  siteDir: string
  settings: string
}): AstroIntegration {
  let keys: RenderKeys = { code: '', rendered: 'all', pages: {} }
  let rendered = 0
  return {
    name: 'bantin-render-only-changed',
    hooks: {
      'astro:build:start': async ({ setPrerenderer, logger }) => {
        const [code, live] = await Promise.all([
          codeHash(siteDir, settings),
          liveDir ? readLiveRelease(liveDir) : null,
        ])
        keys = { code, rendered: 'all', pages: {} }
        setPrerenderer((defaults: AstroPrerenderer) => ({
          ...defaults,
          getStaticPaths: async () => {
            forgetStaticPaths(defaults)
            const all = await defaults.getStaticPaths()
            for (const { pathname, cacheKey } of all) keys.pages[pathname] = cacheKey ?? null
            const chosen = liveDir ? pagesToRender(all, live, code) : all
            rendered = chosen.length
            if (chosen !== all) keys.rendered = 'changed'
            const report = currentBuildReport()
            report.partial = chosen !== all
            if (report.partial) report.rendered = new Set(chosen.map((p) => pageFile(p.pathname)))
            if (liveDir) {
              const why = !live
                ? 'no live release'
                : live.keys.code !== code
                  ? 'the site code changed'
                  : 'the rest are unchanged'
              logger.info(`rendering ${chosen.length} of ${all.length} pages (${why})`)
            }
            return chosen
          },
        }))
      },
      'astro:build:done': async ({ dir, logger }) => {
        await writeFile(path.join(fileURLToPath(dir), RENDER_KEYS_FILE), JSON.stringify(keys))
        logger.info(`${rendered} page(s) rendered, ${Object.keys(keys.pages).length} in the site`)
      },
    },
  }
}
