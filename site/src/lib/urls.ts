import { slugify } from '@bantin/content-types/slugify'

/** The site's URL scheme in one place: these paths are part of the product and must not drift. */
export const articlePath = (slug: string) => `/tin-tuc/${slug}/`

/** Page 1 of a list at its own path, later pages under it at `trang-<n>/`. */
const paged = (path: string, page: number) => (page > 1 ? `${path}trang-${page}/` : path)

export const categoryPath = (slug: string, page = 1) => paged(`/chuyen-muc/${slug}/`, page)

export const categoryFeedPath = (slug: string) => `/chuyen-muc/${slug}/rss.xml`

export const authorPath = (slug: string, page = 1) => paged(`/tac-gia/${slug}/`, page)

// Related-article scoring compares every article's tags with every other's, so a build asks for
// the same few hundred tag slugs about a million times at 1,000 articles; slugify once per spelling.
const tagSlugs = new Map<string, string>()

export function tagSlug(tag: string): string {
  let slug = tagSlugs.get(tag)
  if (slug === undefined) tagSlugs.set(tag, (slug = slugify(tag)))
  return slug
}

export const tagPagePath = (slug: string, page = 1) => paged(`/the/${slug}/`, page)

export const tagPath = (tag: string) => tagPagePath(tagSlug(tag))

export const archivePath = (year: number, month: number) => `/luu-tru/${year}/${String(month).padStart(2, '0')}/`

export const SEARCH_PATH = '/tim-kiem/'

/** Site-relative path of a media file copied from the CMS into the build. */
export const mediaPath = (filename: string) => `/media/${encodeURIComponent(filename)}`

export function absoluteUrl(path: string, site: string | URL): string {
  return new URL(path, site).href
}
