import type { APIRoute } from 'astro'

import { getDocuments, getSiteContent, getWantedNotices } from '../lib/content'
import { listAuthorPages, listCategoryPages, listTagPages } from '../lib/list-pages'
import { xmlResponse } from '../lib/rss'
import { renderSitemap, type SitemapEntry } from '../lib/sitemap'
import {
  archivePath,
  articlePath,
  authorPath,
  categoryPath,
  documentPath,
  STATIC_PAGES,
  tagPagePath,
  wantedPath,
} from '../lib/urls'

export const GET: APIRoute = async ({ site }) => {
  const { articles, months } = await getSiteContent()
  const entries: SitemapEntry[] = [
    ...STATIC_PAGES.map((path) => ({ path })),
    ...articles.map((a) => ({ path: articlePath(a.slug), lastmod: a.updatedAt })),
    ...(await listCategoryPages()).map((p) => ({ path: categoryPath(p.category.slug, p.page) })),
    ...(await listAuthorPages()).map((p) => ({ path: authorPath(p.author.slug, p.page) })),
    ...(await listTagPages()).map((p) => ({ path: tagPagePath(p.slug, p.page) })),
    ...months.map((m) => ({ path: archivePath(m.year, m.month) })),
    ...(await getWantedNotices()).map((n) => ({ path: wantedPath(n.slug), lastmod: n.updatedAt })),
    ...(await getDocuments()).map((d) => ({ path: documentPath(d.slug), lastmod: d.updatedAt })),
  ]
  return xmlResponse(renderSitemap(entries, site!), 'application/xml')
}
