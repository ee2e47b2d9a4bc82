import { slugify } from '@bantin/content-types/slugify'

/** The site's URL scheme in one place: these paths are part of the product and must not drift. */
export const articlePath = (slug: string) => `/tin-tuc/${slug}/`

/** Page 1 of a list at its own path, later pages under it at `trang-<n>/`. */
const paged = (path: string, page: number) => (page > 1 ? `${path}trang-${page}/` : path)

export const categoryPath = (slug: string, page = 1) => paged(`/chuyen-muc/${slug}/`, page)

export const categoryFeedPath = (slug: string) => `/chuyen-muc/${slug}/rss.xml`

export const authorPath = (slug: string, page = 1) => paged(`/tac-gia/${slug}/`, page)

export const tagSlug = (tag: string) => slugify(tag)

export const tagPagePath = (slug: string, page = 1) => paged(`/the/${slug}/`, page)

export const tagPath = (tag: string) => tagPagePath(tagSlug(tag))

export const archivePath = (year: number, month: number) => `/luu-tru/${year}/${String(month).padStart(2, '0')}/`

export const ARCHIVE_PATH = '/luu-tru/'

export const SEARCH_PATH = '/tim-kiem/'

export const WANTED_PATH = '/truy-na/'
export const WANTED_FEED_PATH = '/truy-na/rss.xml'
export const wantedPath = (slug: string) => `${WANTED_PATH}${slug}/`

export const DOCUMENTS_PATH = '/van-ban/'
export const documentPath = (slug: string) => `${DOCUMENTS_PATH}${slug}/`
export const documentTypePath = (type: string) => `${DOCUMENTS_PATH}loai/${type}/`
export const documentYearPath = (year: number) => `${DOCUMENTS_PATH}nam/${year}/`
export const RECEPTION_PATH = '/lich-tiep-cong-dan/'
export const RECEPTION_ARCHIVE_PATH = '/lich-tiep-cong-dan/luu-tru/'
export const receptionWeekPath = (monday: string) => `${RECEPTION_PATH}tuan/${monday}/`

/** The cleaned PDF, copied into the site: the CMS need not be reachable by readers. */
export const documentFilePath = (filename: string) => `${DOCUMENTS_PATH}tep/${encodeURIComponent(filename)}`

/** Pages that exist whatever the content: the MDX pages, home, archive index, search, feeds. */
export const STATIC_PAGES = ['/', '/gioi-thieu/', '/lien-he/', '/duong-day-nong/', '/en/', ARCHIVE_PATH, WANTED_PATH, DOCUMENTS_PATH, RECEPTION_PATH, RECEPTION_ARCHIVE_PATH]
export const FIXED_PATHS = [...STATIC_PAGES, SEARCH_PATH, '/rss.xml', WANTED_FEED_PATH, '/sitemap.xml', '/robots.txt', '/404.html']

/** Site-relative path of a media file copied from the CMS into the build. */
export const mediaPath = (filename: string) => `/media/${encodeURIComponent(filename)}`

export function absoluteUrl(path: string, site: string | URL): string {
  return new URL(path, site).href
}
