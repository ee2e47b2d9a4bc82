/** Content types and cache rules for the files an Astro + Pagefind build writes. */

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.xsl': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
}

const COMPRESSIBLE = /^(text\/|application\/(json|xml|manifest\+json)|image\/svg\+xml)/

export function contentType(file: string): string {
  const dot = file.lastIndexOf('.')
  const extension = dot === -1 ? '' : file.slice(dot).toLowerCase()
  // Pagefind's index (.pf_meta, .pf_index, .pf_fragment, .pf_filter) and wasm.*.pagefind are
  // binary blobs its script fetches and unpacks itself.
  return TYPES[extension] ?? 'application/octet-stream'
}

export const isCompressible = (type: string) => COMPRESSIBLE.test(type)

const SHORT = 'public, max-age=60, must-revalidate'

/**
 * Astro puts content-hashed files under /_astro/, so they never change and can be kept for a
 * year. HTML, feeds and Pagefind's entry files change with every release and must show a new
 * release within a minute; images named by the CMS and Pagefind's hashed chunks sit in between.
 */
export function cacheControl(urlPath: string, type: string): string {
  if (urlPath.startsWith('/_astro/')) return 'public, max-age=31536000, immutable'
  if (/^(text\/html|application\/(json|xml))/.test(type)) return SHORT
  if (urlPath.startsWith('/pagefind/') && !/\.pf_\w+$/.test(urlPath)) return SHORT
  return 'public, max-age=3600'
}
