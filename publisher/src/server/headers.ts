/** Content types and cache rules for the files an Astro + Pagefind build writes. */
import { lookup } from 'mrmime'

// Where we answer other than mrmime: feeds and the sitemap have always gone out as
// application/xml (RFC 7303 prefers it to text/xml), and mrmime knows no .ico.
const OVERRIDES: Record<string, string> = { xml: 'application/xml', ico: 'image/x-icon' }
// Text the site writes is UTF-8; saying so spares browsers a guess.
const TEXT = /^(text\/|application\/(json|xml|manifest\+json)$)/

const COMPRESSIBLE = /^(text\/|application\/(json|xml|manifest\+json)|image\/svg\+xml)/

export function contentType(file: string): string {
  const dot = file.lastIndexOf('.')
  const extension = dot === -1 ? '' : file.slice(dot + 1).toLowerCase()
  // Pagefind's index (.pf_meta, .pf_index, .pf_fragment, .pf_filter) and wasm.*.pagefind are
  // binary blobs its script fetches and unpacks itself.
  const type = OVERRIDES[extension] ?? lookup(extension) ?? 'application/octet-stream'
  return TEXT.test(type) ? `${type}; charset=utf-8` : type
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
