import type { Article, Author, Category } from '@bantin/content-types'
import { getCollection } from 'astro:content'

import { type BuildReport, currentBuildReport } from './build-report'
import { cacheMedia } from './media-cache'
import { buildSiteContent, type RenderCache, type SiteContent } from './site-content'
import { articlePath } from './urls'

export type { SiteContent } from './site-content'

let cached: { report: BuildReport; content: Promise<SiteContent> } | undefined

// The warm builder runs build after build in one process, each in a fresh module graph: what one
// build rendered is kept on globalThis for the next, which renders only the articles that changed.
const RENDERED = Symbol.for('bantin.site.rendered')
type Holder = { [RENDERED]?: RenderCache }

async function loadContent(report: BuildReport): Promise<SiteContent> {
  const entries = await getCollection('articles')
  const holder = globalThis as Holder
  const built = await buildSiteContent(
    {
      articles: entries.map((e) => e.data as Article),
      digests: new Map(entries.flatMap((e) => (e.digest === undefined ? [] : [[String(e.id), String(e.digest)]]))),
      categories: (await getCollection('categories')).map((e) => e.data as Category),
      authors: (await getCollection('authors')).map((e) => e.data as Author),
    },
    {
      report: (problem) => void report.problems.push(problem),
      fetchMedia: async (names) => {
        const { missing, downloaded } = await cacheMedia(names, { cmsUrl: report.cmsUrl, cacheDir: report.mediaCacheDir })
        report.downloaded += downloaded
        return missing
      },
      cache: holder[RENDERED],
    },
  )
  holder[RENDERED] = built.cache
  report.media = built.media
  report.searchRecords = built.searchRecords
  for (const [id, { files }] of built.pages) report.pages.set(id, { files, search: [] })
  for (const article of built.content.articles) report.articleUrls.set(articlePath(article.slug), String(article.id))
  return built.content
}

/**
 * Everything the pages read, loaded, checked and indexed once per build rather than once per page.
 * Keyed by the build's report, so a process that runs several builds never serves an old one.
 */
export function getSiteContent(): Promise<SiteContent> {
  const report = currentBuildReport()
  if (cached?.report !== report) cached = { report, content: loadContent(report) }
  return cached.content
}
