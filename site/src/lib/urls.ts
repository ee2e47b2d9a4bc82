import { slugify } from '@bantin/content-types/slugify'

/** The site's URL scheme in one place: these paths are part of the product and must not drift. */
export const articlePath = (slug: string) => `/tin-tuc/${slug}/`

export const categoryPath = (slug: string, page = 1) =>
  page > 1 ? `/chuyen-muc/${slug}/trang-${page}/` : `/chuyen-muc/${slug}/`

export const categoryFeedPath = (slug: string) => `/chuyen-muc/${slug}/rss.xml`

export const authorPath = (slug: string) => `/tac-gia/${slug}/`

export const tagSlug = (tag: string) => slugify(tag)

export const tagPagePath = (slug: string) => `/the/${slug}/`

export const tagPath = (tag: string) => tagPagePath(tagSlug(tag))

export const archivePath = (year: number, month: number) => `/luu-tru/${year}/${String(month).padStart(2, '0')}/`

export const SEARCH_PATH = '/tim-kiem/'

/** Site-relative path of a media file copied from the CMS into the build. */
export const mediaPath = (filename: string) => `/media/${encodeURIComponent(filename)}`

export function absoluteUrl(path: string, site: string | URL): string {
  return new URL(path, site).href
}
