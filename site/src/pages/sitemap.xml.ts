import type { APIRoute } from 'astro'

import { listCategoryPages } from '../lib/category-pages'
import { getSiteContent } from '../lib/content'
import { xmlResponse } from '../lib/rss'
import { renderSitemap, type SitemapEntry } from '../lib/sitemap'
import { archivePath, articlePath, authorPath, categoryPath, tagPagePath } from '../lib/urls'

const STATIC_PAGES = ['/', '/gioi-thieu/', '/lien-he/', '/duong-day-nong/', '/en/', '/luu-tru/']

export const GET: APIRoute = async ({ site }) => {
  const { articles, authors, tags, months } = await getSiteContent()
  const entries: SitemapEntry[] = [
    ...STATIC_PAGES.map((path) => ({ path })),
    ...articles.map((a) => ({ path: articlePath(a.slug), lastmod: a.updatedAt })),
    ...(await listCategoryPages()).map((p) => ({ path: categoryPath(p.category.slug, p.page) })),
    ...authors.map((a) => ({ path: authorPath(a.slug) })),
    ...tags.map((t) => ({ path: tagPagePath(t.slug) })),
    ...months.map((m) => ({ path: archivePath(m.year, m.month) })),
  ]
  return xmlResponse(renderSitemap(entries, site!), 'application/xml')
}
