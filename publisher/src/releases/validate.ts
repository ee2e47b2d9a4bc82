/**
 * Checks a finished build before it may go live. Each rule stands for a way a build can succeed
 * yet publish something wrong: an empty or half-empty site (the CMS answered with errors or
 * nothing), a draft leaking into public files (the canary), pages linking to files that were
 * never written.
 *
 * A layered release (layer.ts) is checked as the site it serves: its own files are read in full,
 * and their links must resolve to its own files or to its base's files that it has not removed.
 * The base's files are not read again: the base was checked when it was built. Only the base's
 * list of files is needed, and it is kept in memory, since a base never changes.
 */
import { readFileSync } from 'node:fs'
import { readdir } from 'node:fs/promises'
import path from 'node:path'
import { setImmediate } from 'node:timers/promises'
import { gunzipSync } from 'node:zlib'

import { RELEASE_MARKER } from './basics'
import { LAYER_FILE, openRelease, type ReleaseView } from './layer'

interface ValidationOptions {
  minPages: number
  /** Page count of the live release; null for the very first release. */
  previousPages: number | null
  canary?: string
}

interface Validation {
  ok: boolean
  pages: number
  problems: string[]
}

// Images and fonts cannot carry a draft's text, and reading them would dominate the check.
const BINARY = /\.(webp|avif|jpe?g|png|gif|ico|woff2?|ttf|otf|mp4|webm|pdf)$/i
// Two quoted alternatives rather than a back-reference: V8 runs this form about 50 times faster,
// which is a second per 1,000 pages on every publish.
const LINK_ATTRIBUTE = /\s(href|src|srcset)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi
const MAX_LISTED = 10
const YIELD_EVERY = 25

async function listFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { withFileTypes: true, recursive: true })
  return entries
    .filter((entry) => entry.isFile() && entry.name !== RELEASE_MARKER && entry.name !== LAYER_FILE)
    .map((entry) =>
      path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'),
    )
}

const BASES_KEPT = 2
const baseFiles = new Map<string, Promise<string[]>>()

/** A base release's files, listed once per process: bases are finished and never change. */
function filesOfBase(folder: string): Promise<string[]> {
  const base = path.resolve(folder)
  let files = baseFiles.get(base)
  if (!files) {
    files = listFiles(base)
    files.catch(() => baseFiles.delete(base))
    baseFiles.set(base, files)
    if (baseFiles.size > BASES_KEPT) baseFiles.delete(baseFiles.keys().next().value!)
  }
  return files
}

/**
 * Lists a finished full release's files ahead of time, so that the first layered release on it
 * is not the one that pays for it (about 2 s at 12,500 pages on a loaded machine). Call it once
 * the release is live and will no longer change. A failure is logged; nothing is kept of it, and
 * the validation that needs the list makes it again (and fails there if it still cannot).
 */
export function rememberBase(releaseDir: string, log: (line: string) => void): void {
  filesOfBase(releaseDir).catch((error: Error) =>
    log(
      `could not list release ${releaseDir} ahead of time (${error.message}); the next validation lists it again`,
    ),
  )
}

/**
 * The release's files as the server serves them: its own, and its base's less the removed ones.
 * `own` are the files to read (all of a full release, the overlay of a layered one).
 */
async function servedFiles(view: ReleaseView): Promise<{ own: string[]; all: Set<string> }> {
  const own = await listFiles(view.dir)
  const all = new Set(own)
  if (view.base) {
    for (const file of await filesOfBase(view.base)) {
      if (!view.removed.has(`/${file}`)) all.add(file)
    }
  }
  return { own, all }
}

function decodeEntities(value: string): string {
  return value
    .replace(/&#x([0-9a-f]+);/gi, (_, hex) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
}

/** Root-relative URLs in href, src and srcset; other origins and `//host/` URLs are not ours. */
function internalLinks(html: string): string[] {
  const links: string[] = []
  for (const [, attribute, doubleQuoted, singleQuoted] of html.matchAll(LINK_ATTRIBUTE)) {
    const value = decodeEntities((doubleQuoted ?? singleQuoted ?? '').trim())
    const candidates =
      attribute.toLowerCase() === 'srcset'
        ? value.split(',').map((c) => c.trim().split(/\s+/)[0])
        : [value]
    links.push(...candidates.filter((url) => url.startsWith('/') && !url.startsWith('//')))
  }
  return links
}

/** The file a link resolves to: `/x/` → `x/index.html`, `/x` → `x` or `x/index.html`. */
function resolves(link: string, files: Set<string>): boolean {
  let pathname = link.replace(/[?#].*$/s, '')
  try {
    pathname = decodeURIComponent(pathname)
  } catch {
    return false
  }
  const relative = pathname.replace(/^\/+/, '')
  if (relative === '' || relative.endsWith('/')) return files.has(`${relative}index.html`)
  return files.has(relative) || files.has(`${relative}/index.html`)
}

function containsCanary(content: Buffer, canary: string): boolean {
  if (content.includes(canary)) return true
  // Pagefind's index files are gzip: a draft in the search index is only visible once unpacked.
  if (content[0] !== 0x1f || content[1] !== 0x8b) return false
  try {
    return gunzipSync(content).includes(canary)
  } catch {
    return false
  }
}

export async function validateRelease(
  root: string,
  options: ValidationOptions,
): Promise<Validation> {
  let view: ReleaseView
  try {
    view = await openRelease(root)
  } catch (error) {
    // A layer that cannot be read, or a base that is gone: there is no site to check.
    return { ok: false, pages: 0, problems: [(error as Error).message] }
  }
  const { own: files, all: fileSet } = await servedFiles(view)
  const pages = [...fileSet].filter((file) => file.endsWith('.html'))
  const problems: string[] = []

  if (!fileSet.has('index.html')) problems.push('index.html is missing')
  if (pages.length < options.minPages) {
    problems.push(`only ${pages.length} HTML pages (at least ${options.minPages} expected)`)
  }
  if (options.previousPages !== null && pages.length < options.previousPages / 2) {
    problems.push(
      `page count dropped from ${options.previousPages} to ${pages.length} (more than half)`,
    )
  }

  const broken: string[] = []
  const leaking: string[] = []
  const resolved = new Map<string, boolean>()
  const scanned = files.filter(
    (file) => file.endsWith('.html') || (options.canary && !BINARY.test(file)),
  )
  for (const [i, file] of scanned.entries()) {
    // Synchronous reads: the files sit in the page cache right after the build, and reading them
    // this way takes tens of milliseconds where promise-based reads take most of a second.
    // Yielding every few files keeps the site server in this process answering meanwhile.
    if (i % YIELD_EVERY === YIELD_EVERY - 1) await setImmediate()
    const content = readFileSync(path.join(root, file))
    if (options.canary && containsCanary(content, options.canary)) leaking.push(file)
    if (!file.endsWith('.html')) continue
    for (const link of new Set(internalLinks(content.toString('utf8')))) {
      // Most links (menus, footers, shared assets) repeat on every page: resolve each once.
      let ok = resolved.get(link)
      if (ok === undefined) resolved.set(link, (ok = resolves(link, fileSet)))
      if (!ok) broken.push(`${link} (in ${file})`)
    }
  }
  if (leaking.length) {
    problems.push(
      `draft canary found in ${leaking.length} file(s): ${leaking.slice(0, MAX_LISTED).join(', ')}`,
    )
  }
  if (broken.length) {
    problems.push(
      `${broken.length} broken internal link(s): ${broken.slice(0, MAX_LISTED).join(', ')}`,
    )
  }
  return { ok: problems.length === 0, pages: pages.length, problems }
}
