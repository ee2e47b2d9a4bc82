import type { AstroIntegration } from 'astro'
import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { BUILD_PROBLEMS_FILE, PAGES_INDEX_FILE } from '@bantin/content-types/build-problem'

import {
  type ArticleFiles,
  type BuildProblem,
  currentBuildReport,
  startBuildReport,
} from '../lib/build-report'

import { contentStoreDir, syncContent } from '../lib/content'
import { saveStores } from '../loader'
import { copyMedia } from './copy-media'
import { readLiveRelease } from './live-release'
import { writeRedirectFiles } from './redirect-files'
import { writeSearchRecords } from './search-records-file'
import { mapSearchFragments } from '@bantin/content-types/search-fragments'
import { buildSearchIndex } from './search-index'

const order = (a: BuildProblem, b: BuildProblem) =>
  a.collection.localeCompare(b.collection) ||
  a.id.localeCompare(b.id, 'en', { numeric: true }) ||
  a.kind.localeCompare(b.kind) ||
  a.message.localeCompare(b.message)

/**
 * Starts a fresh build report before the content loads; after the pages are written, brings in
 * the images they use, indexes the articles for search, and writes the report: the problems
 * (documents the build repaired, kept at their last good version or left out) and the files each
 * article owns. In the publisher (`liveDir`), images the live release already has are not copied
 * again, and the search records are written for the publisher's search job instead of indexed:
 * indexing every article takes longer than the rest of a publish.
 */
export function bantin({
  cmsUrl,
  liveDir,
}: {
  cmsUrl: string
  liveDir: string | null
}): AstroIntegration {
  let mediaCacheDir = ''
  let site = ''
  return {
    name: 'bantin',
    hooks: {
      'astro:config:done': ({ config }) => {
        mediaCacheDir = fileURLToPath(new URL('media/', config.cacheDir))
        site = String(config.site)
        // Before the pages sync the content (lib/content.ts): the loader reports into it.
        startBuildReport({ cmsUrl, mediaCacheDir })
      },
      // Before Astro writes anything: a CMS that cannot be reached leaves no half-written site.
      'astro:build:start': () => syncContent(),
      'astro:build:done': async ({ dir, logger }) => {
        const distDir = fileURLToPath(dir)
        const report = currentBuildReport()
        // A partial build is laid over the live release, which has the images it already used;
        // a whole site (the first build, new site code) needs every image its pages show.
        const live = liveDir && report.partial ? await readLiveRelease(liveDir) : null
        const media = live
          ? [...report.media].filter((name) => !live.serves(`media/${name}`))
          : report.media
        const copying = copyMedia({
          distDir,
          cacheDir: mediaCacheDir,
          names: media,
          downloaded: report.downloaded,
          cmsUrl,
          log: logger,
        })
        let fragments = new Map<string, string[]>()
        if (liveDir) {
          await copying
          await writeSearchRecords(
            distDir,
            report.searchRecords,
            (url) => report.articleUrls.get(url),
            report.partial ? report.rendered : null,
          )
        } else {
          // Pagefind indexes in its own process, so copying images meanwhile costs no extra time.
          await Promise.all([copying, buildSearchIndex(distDir, report.searchRecords, logger)])
          fragments = await mapSearchFragments(distDir, report.articleUrls)
        }
        const articles: Record<string, ArticleFiles> = {}
        for (const [id, { files }] of report.pages)
          articles[id] = { files, search: fragments.get(id) ?? [] }
        const stubs = await writeRedirectFiles(distDir, report.redirects, { stubs: !liveDir, site })
        logger.info(
          `${report.redirects.length} old address(es) redirected${liveDir ? '' : `, ${stubs} as pages`}`,
        )
        // Other collections' search records are keyed `<collection>:<id>` (lib/wanted-notices.ts).
        const others = Object.fromEntries(
          [...report.otherPages].map(([collection, pages]) => [
            collection,
            Object.fromEntries(
              [...pages].map(([id, { files }]) => [
                id,
                { files, search: fragments.get(`${collection}:${id}`) ?? [] },
              ]),
            ),
          ]),
        )
        const problems = [...report.problems].sort(order)
        await writeFile(
          path.join(distDir, PAGES_INDEX_FILE),
          JSON.stringify({ articles, ...others }),
        )
        await writeFile(
          path.join(distDir, BUILD_PROBLEMS_FILE),
          JSON.stringify({ problems }, null, 1),
        )
        for (const problem of problems) {
          logger.warn(
            `${problem.collection} ${problem.id}: ${problem.kind} ${problem.action}: ${problem.detail}`,
          )
        }
        logger.info(
          `report: ${problems.length} problem(s), ${report.pages.size} articles mapped to their files`,
        )
        // For the next process, after a whole-site build: a partial one does not pay for it (a
        // second or more at archive size, competing with the next publish), and a process that
        // starts from an older store only fetches more of what changed since that store's mark.
        if (!report.partial) await saveStores(contentStoreDir())
      },
    },
  }
}
