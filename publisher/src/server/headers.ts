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

/** Stored, but asked about again on every visit (an ETag makes that a 304): a publish shows at once. */
const REVALIDATE = 'public, no-cache'
const YEAR = 'public, max-age=31536000, immutable'
/**
 * An image whose name carries a version: the site publishes every image file of the CMS as
 * "<name>.<hex>.<ext>" ("cau-vuot-480x267.3f9a1c2b7d.webp", site/src/lib/media-version.ts), and
 * the version changes whenever the CMS saves the image, so such a name is never reused for other
 * bytes. Only a dot-separated version counts: CMS names contain no dot before their extension,
 * while a plain name may end in something hex-like ("bao-cao-20241231.jpg"). Plain names, from
 * releases built before images carried a version, are kept an hour: the CMS may give one to a new
 * upload once the old one is deleted.
 */
const VERSIONED_IMAGE = /^\/media\/[^/]+\.[0-9a-f]{8,}\.(?:avif|webp|jpe?g|png|gif|svg)$/i

/**
 * Astro puts content-hashed files under /_astro/, so they never change and can be kept for a
 * year, as can versioned images. HTML, feeds and Pagefind's entry files change with every release
 * and are revalidated on every visit; other images and Pagefind's chunks (a takedown deletes a
 * fragment, which must not outlive it in readers' caches for long) sit in between.
 */
export function cacheControl(urlPath: string, type: string): string {
  if (urlPath.startsWith('/_astro/') || VERSIONED_IMAGE.test(urlPath)) return YEAR
  if (/^(text\/html|application\/(json|xml))/.test(type)) return REVALIDATE
  if (urlPath.startsWith('/pagefind/') && !/\.pf_\w+$/.test(urlPath)) return REVALIDATE
  return 'public, max-age=3600'
}
