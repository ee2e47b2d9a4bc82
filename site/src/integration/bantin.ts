import type { AstroIntegration } from 'astro'
import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { BUILD_PROBLEMS_FILE, PAGES_INDEX_FILE } from '@bantin/content-types/build-problem'

import { type ArticleFiles, type BuildProblem, currentBuildReport, startBuildReport } from '../lib/build-report'

import { copyMedia } from './copy-media'
import { mapSearchFragments } from './search-fragments'
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
 * article owns.
 */
export function bantin({ cmsUrl }: { cmsUrl: string }): AstroIntegration {
  let mediaCacheDir = ''
  return {
    name: 'bantin',
    hooks: {
      'astro:config:done': ({ config }) => {
        mediaCacheDir = fileURLToPath(new URL('media/', config.cacheDir))
        // Before the content layer syncs: the loader reports into it.
        startBuildReport({ cmsUrl, mediaCacheDir })
      },
      'astro:build:done': async ({ dir, logger }) => {
        const distDir = fileURLToPath(dir)
        const report = currentBuildReport()
        // Pagefind indexes in its own process, so copying images meanwhile costs no extra time.
        await Promise.all([
          copyMedia({ distDir, cacheDir: mediaCacheDir, names: report.media, downloaded: report.downloaded, cmsUrl, log: logger }),
          buildSearchIndex(distDir, report.searchRecords, logger),
        ])
        const fragments = await mapSearchFragments(distDir, report.articleUrls)
        const articles: Record<string, ArticleFiles> = {}
        for (const [id, { files }] of report.pages) articles[id] = { files, search: fragments.get(id) ?? [] }
        const problems = [...report.problems].sort(order)
        await writeFile(path.join(distDir, PAGES_INDEX_FILE), JSON.stringify({ articles }))
        await writeFile(path.join(distDir, BUILD_PROBLEMS_FILE), JSON.stringify({ problems }, null, 1))
        for (const problem of problems) {
          logger.warn(`${problem.collection} ${problem.id}: ${problem.kind} ${problem.action}: ${problem.detail}`)
        }
        logger.info(`report: ${problems.length} problem(s), ${report.pages.size} articles mapped to their files`)
      },
    },
  }
}
