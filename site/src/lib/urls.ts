import { slugify } from '@bantin/content-types/slugify'

/** The site's URL scheme in one place: these paths are part of the product and must not drift. */
export const articlePath = (slug: string) => `/tin-tuc/${slug}/`

export const HOME_PATH = '/'

/** The path segment of page n (n > 1) of a list: `trang-<n>`. */
const pageSegment = (page: number) => `trang-${page}`

/** Page 1 of a list at its own path, later pages under it at `trang-<n>/`. */
const paged = (path: string, page: number) => (page > 1 ? `${path}${pageSegment(page)}/` : path)

/** The rest parameter of a paged list route (`[...page]`): none for page 1, `trang-<n>` after. */
export const pageParam = (page: number) => (page > 1 ? pageSegment(page) : undefined)

export const categoryPath = (slug: string, page = 1) => paged(`/chuyen-muc/${slug}/`, page)

export const categoryFeedPath = (slug: string) => `/chuyen-muc/${slug}/rss.xml`

export const authorPath = (slug: string, page = 1) => paged(`/tac-gia/${slug}/`, page)

export const tagSlug = (tag: string) => slugify(tag)

export const tagPagePath = (slug: string, page = 1) => paged(`/the/${slug}/`, page)

export const tagPath = (tag: string) => tagPagePath(tagSlug(tag))

export const ARCHIVE_PATH = '/luu-tru/'

export const archivePath = (year: number, month: number) =>
  `${ARCHIVE_PATH}${year}/${String(month).padStart(2, '0')}/`

export const SEARCH_PATH = '/tim-kiem/'

export const ABOUT_PATH = '/gioi-thieu/'
export const CONTACT_PATH = '/lien-he/'
export const HOTLINE_PATH = '/duong-day-nong/'
export const FEED_PATH = '/rss.xml'

/** Pages in English live under /en/; they get English page chrome (lib/chrome-text.ts). */
export const EN_PATH = '/en/'
export const isEnglishPath = (path: string) => path.startsWith(EN_PATH)

export const WANTED_PATH = '/truy-na/'
export const WANTED_FEED_PATH = '/truy-na/rss.xml'
export const wantedPath = (slug: string) => `${WANTED_PATH}${slug}/`
export const wantedListPath = (page = 1) => paged(WANTED_PATH, page)

export const DOCUMENTS_PATH = '/van-ban/'
export const documentPath = (slug: string) => `${DOCUMENTS_PATH}${slug}/`
export const documentsListPath = (page = 1) => paged(DOCUMENTS_PATH, page)
export const documentTypePath = (type: string, page = 1) =>
  paged(`${DOCUMENTS_PATH}loai/${type}/`, page)
export const documentYearPath = (year: number, page = 1) =>
  paged(`${DOCUMENTS_PATH}nam/${year}/`, page)
export const RECEPTION_PATH = '/lich-tiep-cong-dan/'
export const RECEPTION_ARCHIVE_PATH = '/lich-tiep-cong-dan/luu-tru/'
export const receptionArchivePath = (page = 1) => paged(RECEPTION_ARCHIVE_PATH, page)
export const receptionWeekPath = (monday: string) => `${RECEPTION_PATH}tuan/${monday}/`

/** The cleaned PDF, copied into the site: the CMS need not be reachable by readers. */
export const documentFilePath = (filename: string) =>
  `${DOCUMENTS_PATH}tep/${encodeURIComponent(filename)}`

/** Pages that exist whatever the content: the MDX pages, home, archive index, search, feeds. */
export const REPORT_CRIME_PATH = '/to-giac-toi-pham/'
export const STATIC_PAGES = [
  HOME_PATH,
  ABOUT_PATH,
  CONTACT_PATH,
  HOTLINE_PATH,
  REPORT_CRIME_PATH,
  EN_PATH,
  `${EN_PATH}functions/`,
  `${EN_PATH}organisation/`,
  `${EN_PATH}contacts/`,
  ARCHIVE_PATH,
  WANTED_PATH,
  DOCUMENTS_PATH,
  RECEPTION_PATH,
  RECEPTION_ARCHIVE_PATH,
]
export const FIXED_PATHS = [
  ...STATIC_PAGES,
  SEARCH_PATH,
  FEED_PATH,
  WANTED_FEED_PATH,
  '/sitemap.xml',
  '/robots.txt',
  '/404.html',
]

/** Site-relative path of a media file copied from the CMS into the build. */
export const mediaPath = (filename: string) => `/media/${encodeURIComponent(filename)}`

export function absoluteUrl(path: string, site: string | URL): string {
  return new URL(path, site).href
}
