import { escapeHtml } from './html'
import { absoluteUrl } from './urls'

export interface SitemapEntry {
  path: string
  lastmod?: string
}

// The escaped address of each path, kept while the module lives (from build to build in a warm
// builder): the sitemap is written on every publish and lists every article.
const locations = new Map<string, string>()

function location(path: string, site: string | URL): string {
  const key = `${String(site)} ${path}`
  let loc = locations.get(key)
  if (loc === undefined) locations.set(key, (loc = escapeHtml(absoluteUrl(path, site))))
  return loc
}

export function renderSitemap(entries: SitemapEntry[], site: string | URL): string {
  const urls = entries.map(
    ({ path, lastmod }) =>
      `<url><loc>${location(path, site)}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}</url>`,
  )
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls,
    '</urlset>',
  ].join('\n')
}
