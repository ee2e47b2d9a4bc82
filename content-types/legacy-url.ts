import { z } from 'zod'

/**
 * An article's old address (`legacyUrl`): a path (`/tin-tuc/abc.html`) or a full address
 * (`https://congan.tinh.gov.vn/index.php?nv=news&op=abc`). The CMS, the site build and the live
 * server read it with this one function, so the key the build writes is the key a request finds.
 *
 * The result is the decoded path plus the query as written (`/tin-tức/abc.html`, `/index.php?nv=x`),
 * or null when the value names no page on a site: empty, another scheme, `//host`, the home page
 * (sending `/` to one article would take readers away from the new home page), or bad encoding.
 * Host names are dropped: the old portal's domain now points at this site.
 */
export function legacyPathOf(value: string): string | null {
  const text = value.trim()
  let url: URL
  try {
    if (/^https?:\/\//i.test(text)) url = new URL(text)
    else if (text.startsWith('/') && !text.startsWith('//'))
      url = new URL(text, 'http://legacy.invalid')
    else return null
  } catch {
    return null
  }
  let pathname: string
  try {
    pathname = decodeURIComponent(url.pathname)
  } catch {
    return null
  }
  if (pathname.includes('\0') || (pathname === '/' && !url.search)) return null
  return pathname + url.search
}

/**
 * The same path as the live server compares it: old portals ran on servers that ignored case
 * (IIS), so links to them in the wild mix it.
 */
export const legacyLookupKey = (legacyPath: string) => legacyPath.toLowerCase()

/** One old address and the page that replaced it. */
const redirectSchema = z.object({
  /** `legacyPathOf` of the old address. */
  from: z.string().startsWith('/'),
  /** The new page's site path (`/tin-tuc/<slug>/`). */
  to: z.string().startsWith('/'),
})
export type Redirect = z.output<typeof redirectSchema>

/**
 * Written by every site build into its release (a dot file: never served); the live-site server
 * answers a miss found here with a 301 (publisher/src/server/redirects.ts).
 */
export const REDIRECTS_FILE = '.redirects.json'
export const redirectsFileSchema = z.object({ redirects: z.array(redirectSchema) })
