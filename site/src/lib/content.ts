import type { Article, Author, Category } from '@bantin/content-types'
import { getCollection } from 'astro:content'

import { type BuildReport, currentBuildReport } from './build-report'
import { cacheMedia } from './media-cache'
import { buildSiteContent, type SiteContent } from './site-content'
import { articlePath } from './urls'

export type { SiteContent } from './site-content'

let cached: { report: BuildReport; content: Promise<SiteContent> } | undefined

async function loadContent(report: BuildReport): Promise<SiteContent> {
  const built = await buildSiteContent(
    {
      articles: (await getCollection('articles')).map((e) => e.data as Article),
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
    },
  )
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
