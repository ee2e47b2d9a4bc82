import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'

import { REDIRECTS_FILE, type Redirect } from '@bantin/content-types/legacy-url'

import { escapeHtml } from '../lib/html'
import { absoluteUrl } from '../lib/urls'

/** Netlify's `_redirects` (Cloudflare Pages reads the same file): paths URL-encoded, one rule a line. */
export function netlifyRedirects(redirects: Redirect[]): string {
  // Netlify matches a query only through placeholders (`id=:id`), not one value: those old
  // addresses are answered by the live-site server alone.
  const lines = redirects
    .filter((r) => !r.from.includes('?'))
    .map((r) => `${encodeURI(r.from)} ${r.to} 301`)
  return `# Địa chỉ của cổng thông tin cũ → trang mới (tạo tự động khi dựng trang)\n${lines.join('\n')}\n`
}

/**
 * The file a static host without redirect rules (GitHub Pages) serves at an old address, or null
 * when none can stand there: a query, a dot or empty segment, or a type such a host would not
 * show as a page (`.aspx`, `.php` would be downloaded). `/a/b.html` → `a/b.html`; `/a/b` and
 * `/a/b/` → `a/b/index.html` (the host answers `/a/b` by sending the reader to `/a/b/`).
 */
export function stubFileOf(from: string): string | null {
  if (from.includes('?') || /[\\\0]/.test(from)) return null
  const parts = from.slice(1).split('/')
  const folder = from.endsWith('/')
  if (folder) parts.pop()
  if (
    !parts.length ||
    parts.some((part) => part === '' || part.startsWith('.') || Buffer.byteLength(part) > 200)
  )
    return null
  const last = parts.at(-1)!
  if (!folder && /\.html?$/i.test(last)) return parts.join('/')
  if (!folder && /\.[a-z0-9]{1,5}$/i.test(last)) return null
  return `${parts.join('/')}/index.html`
}

/** A page that sends the reader and search engines on to the new address. */
export function stubPage(to: string, site: string): string {
  const href = escapeHtml(absoluteUrl(to, site))
  return (
    `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Bài đã chuyển địa chỉ</title>` +
    `<meta name="robots" content="noindex"><link rel="canonical" href="${href}">` +
    `<meta http-equiv="refresh" content="0; url=${href}"></head>` +
    `<body><p>Bài viết đã chuyển đến <a href="${escapeHtml(to)}">${href}</a>.</p></body></html>\n`
  )
}

async function writeNew(file: string, content: string): Promise<boolean> {
  await mkdir(path.dirname(file), { recursive: true })
  try {
    await writeFile(file, content, { flag: 'wx' })
    return true
  } catch (error) {
    // A file of the site already stands there: the site's own page wins.
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false
    throw error
  }
}

/**
 * Writes the old addresses into the build: `.redirects.json` (the live-site server's 301s) and
 * `_redirects` always, both whole in every build, so a layered release's copies cover its base's.
 * A standalone build (`stubs`) also writes a redirecting page at each old address that can be a
 * file. The publisher's builds do not: its server answers from `.redirects.json`, and a page left
 * in a base release would outlive the address it stood for.
 */
export async function writeRedirectFiles(
  distDir: string,
  redirects: Redirect[],
  options: { stubs: boolean; site: string },
): Promise<number> {
  await writeFile(path.join(distDir, REDIRECTS_FILE), JSON.stringify({ redirects }))
  await writeFile(path.join(distDir, '_redirects'), netlifyRedirects(redirects))
  let stubs = 0
  if (!options.stubs) return stubs
  for (const { from, to } of redirects) {
    const file = stubFileOf(from)
    if (file && (await writeNew(path.join(distDir, file), stubPage(to, options.site)))) stubs++
  }
  return stubs
}
