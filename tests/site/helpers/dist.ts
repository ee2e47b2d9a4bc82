import { Window } from 'happy-dom'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { gunzipSync, gzipSync } from 'node:zlib'

/** Files of a built site, relative paths with forward slashes. */
export function listFiles(dist: string): string[] {
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dist, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
}

export const readText = (dist: string, file: string) => readFileSync(path.join(dist, file), 'utf8')

/** The page served at a URL path such as /tin-tuc/slug/. */
export function readPage(dist: string, urlPath: string): string {
  return readText(dist, urlPath.endsWith('/') ? `${urlPath.slice(1)}index.html` : urlPath.slice(1))
}

/** A parsed page, for querying like a browser would (no scripts run). */
export function parsePage(dist: string, urlPath: string): Document {
  const window = new Window({
    settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true },
  })
  return new window.DOMParser().parseFromString(
    readPage(dist, urlPath),
    'text/html',
  ) as unknown as Document
}

export const textOf = (doc: Document, selector: string) =>
  [...doc.querySelectorAll(selector)].map((el) => el.textContent!.replace(/\s+/g, ' ').trim())

/** The `href` of every element the selector finds, in page order. */
export const hrefsOf = (doc: Document, selector: string) =>
  [...doc.querySelectorAll(selector)].map((a) => a.getAttribute('href'))

export const gzipSize = (content: string | Buffer) => gzipSync(content, { level: 9 }).length

/** Text a search visitor's browser would download from Pagefind: its fragments are gzipped JSON. */
export function readSearchFragments(dist: string): string {
  return listFiles(dist)
    .filter((f) => f.startsWith('pagefind/fragment/'))
    .map((f) => gunzipSync(readFileSync(path.join(dist, f))).toString('utf8'))
    .join('\n')
}
