import { escapeHtml } from './html'
import { absoluteUrl } from './urls'

export interface SitemapEntry {
  path: string
  lastmod?: string
}

export function renderSitemap(entries: SitemapEntry[], site: string | URL): string {
  const urls = entries.map(
    ({ path, lastmod }) =>
      `<url><loc>${escapeHtml(absoluteUrl(path, site))}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}</url>`,
  )
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls,
    '</urlset>',
  ].join('\n')
}
