import type { APIRoute } from 'astro'

import { getDocuments, getSiteContent, getWantedNotices } from '../lib/content'
import {
  listDocumentPages,
  listDocumentTypePages,
  listDocumentYearPages,
  listReceptionArchivePages,
  listWantedPages,
} from '../lib/content-type-lists'
import { listAuthorPages, listCategoryPages, listTagPages } from '../lib/list-pages'
import { xmlResponse } from '../lib/rss'
import { renderSitemap, type SitemapEntry } from '../lib/sitemap'
import {
  archivePath,
  articlePath,
  authorPath,
  categoryPath,
  documentPath,
  documentsListPath,
  documentTypePath,
  documentYearPath,
  receptionArchivePath,
  STATIC_PAGES,
  tagPagePath,
  wantedListPath,
  wantedPath,
} from '../lib/urls'

const later = <T extends { page: number }>(pages: T[]) => pages.filter((p) => p.page > 1)

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
    // Page 1 of the notice, document and archive lists is in STATIC_PAGES.
    ...later(await listWantedPages()).map((p) => ({ path: wantedListPath(p.page) })),
    ...later(await listDocumentPages()).map((p) => ({ path: documentsListPath(p.page) })),
    ...(await listDocumentTypePages()).map((p) => ({ path: documentTypePath(p.type, p.page) })),
    ...(await listDocumentYearPages()).map((p) => ({ path: documentYearPath(p.year, p.page) })),
    ...later(await listReceptionArchivePages()).map((p) => ({
      path: receptionArchivePath(p.page),
    })),
  ]
  return xmlResponse(renderSitemap(entries, site!), 'application/xml')
}
