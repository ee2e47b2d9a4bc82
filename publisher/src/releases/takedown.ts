/**
 * Takes documents off the live site without a build: a new release made of hard links to the live
 * one's files, minus the files `.pages.json` lists for those documents (their pages and Pagefind
 * fragments), switched in like any release. Linking costs a directory entry per file, not a copy,
 * so it takes about the same time at 12,000 pages as a build takes to start. List pages, feeds and
 * the sitemap still mention the page until the next build; that build follows right after.
 *
 * Files in releases are shared between releases through these links, so nothing here ever writes
 * into an existing file: files are removed (unlinked) or replaced by rename.
 */
import { randomBytes } from 'node:crypto'
import { copyFileSync, linkSync, mkdirSync, readlinkSync, symlinkSync } from 'node:fs'
import { lstat, readdir, readFile, realpath, rename, rm, unlink, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { setImmediate } from 'node:timers/promises'

import {
  type DocumentFiles,
  PAGES_INDEX_FILE,
  type PagesIndex,
  pagesIndexSchema,
} from '@bantin/content-types/build-problem'

import {
  isMissing,
  markComplete,
  newReleaseId,
  readCurrent,
  readError,
  readReleaseInfo,
  RELEASE_MARKER,
  releasePath,
  switchCurrent,
} from './store'
import { type Takedown } from '../worker/state-store'

/** File operations between two yields to the event loop (about 10 ms of work). */
const SLICE = 500

async function readPagesIndex(releaseDir: string): Promise<PagesIndex | null> {
  const file = path.join(releaseDir, PAGES_INDEX_FILE)
  let json: unknown
  try {
    json = JSON.parse(await readFile(file, 'utf8'))
  } catch (error) {
    if (isMissing(error)) return null
    throw readError(file, error)
  }
  const parsed = pagesIndexSchema.safeParse(json)
  if (!parsed.success) throw new Error(`${file} is not a pages index: ${parsed.error.message}`)
  return parsed.data
}

/** A path `.pages.json` may name: inside the release, not a dot file, never the home page. */
function isRemovable(file: string): boolean {
  const normal = path.posix.normalize(file)
  return (
    normal === file &&
    !path.posix.isAbsolute(file) &&
    !file.split('/').some((part) => part === '..' || part.startsWith('.')) &&
    file !== 'index.html'
  )
}

/** Own entries only: a collection or id such as `__proto__` must not reach Object.prototype. */
function entryOf(index: PagesIndex, { collection, id }: Takedown): DocumentFiles | undefined {
  if (!Object.hasOwn(index, collection)) return undefined
  const documents = index[collection as keyof PagesIndex]!
  return Object.hasOwn(documents, id) ? documents[id] : undefined
}

function filesOf(index: PagesIndex, takedowns: readonly Takedown[]): Set<string> {
  const files = new Set<string>()
  for (const takedown of takedowns) {
    const entry = entryOf(index, takedown)
    for (const file of [...(entry?.files ?? []), ...(entry?.search ?? [])]) {
      if (isRemovable(file)) files.add(file)
    }
  }
  return files
}

/**
 * Where the folder holding `file` really is. The lexical check above cannot see a symlinked
 * folder, and unlinking through one would remove a file outside the release.
 */
async function placeOf(releaseDir: string, file: string): Promise<'inside' | 'outside' | 'missing'> {
  const root = await realpath(releaseDir)
  let folder: string
  try {
    folder = await realpath(path.dirname(path.join(releaseDir, file)))
  } catch (error) {
    if (isMissing(error)) return 'missing'
    throw error
  }
  return folder === root || folder.startsWith(`${root}${path.sep}`) ? 'inside' : 'outside'
}

async function exists(file: string): Promise<boolean> {
  try {
    await lstat(file)
    return true
  } catch (error) {
    if (isMissing(error)) return false
    throw error
  }
}

async function replaceFile(file: string, content: string): Promise<void> {
  const temporary = `${file}.${randomBytes(6).toString('hex')}.tmp`
  await writeFile(temporary, content)
  await rename(temporary, file)
}

export interface Removal {
  /** Paths removed, relative to the release. */
  removed: string[]
  /** HTML pages among them. */
  pages: number
}

/**
 * Removes the takedowns' files from a release that is not live yet, and their entries from its
 * `.pages.json`. Null when the release has no `.pages.json` (a site build that predates it).
 */
export async function removeDocuments(
  releaseDir: string,
  takedowns: readonly Takedown[],
): Promise<Removal | null> {
  const index = await readPagesIndex(releaseDir)
  if (!index) return null
  const removed: string[] = []
  for (const file of filesOf(index, takedowns)) {
    // A file whose folder is missing is not there to remove; one outside is never touched.
    if ((await placeOf(releaseDir, file)) !== 'inside') continue
    try {
      await unlink(path.join(releaseDir, file))
      removed.push(file)
    } catch (error) {
      if (!isMissing(error)) throw error
    }
  }
  const kept: PagesIndex = structuredClone(index)
  for (const takedown of takedowns) {
    if (entryOf(kept, takedown)) delete kept[takedown.collection as keyof PagesIndex]![takedown.id]
  }
  await replaceFile(path.join(releaseDir, PAGES_INDEX_FILE), JSON.stringify(kept))
  return { removed, pages: removed.filter((file) => file.endsWith('.html')).length }
}

/**
 * Recreates `from` at `to` with hard links; copies only where linking is impossible (EXDEV).
 * Synchronous calls in slices: for tens of thousands of tiny operations they take a fraction of
 * the time promise-based ones do, and yielding between slices keeps the site server answering.
 */
async function linkTree(from: string, to: string, skip: (file: string) => boolean) {
  const entries = await readdir(from, { withFileTypes: true, recursive: true })
  const relative = (entry: (typeof entries)[number]) =>
    path.relative(from, path.join(entry.parentPath, entry.name))
  // Parents before children: a shorter path can be a parent, a longer one never is.
  const folders = entries.filter((e) => e.isDirectory()).map(relative)
  folders.sort((a, b) => a.length - b.length)
  const files = entries.filter((e) => !e.isDirectory() && !skip(relative(e)))
  const steps: (() => void)[] = [
    () => mkdirSync(to),
    ...folders.map((folder) => () => mkdirSync(path.join(to, folder))),
    ...files.map((entry) => () => {
      const file = relative(entry)
      const [source, target] = [path.join(from, file), path.join(to, file)]
      if (entry.isSymbolicLink()) return symlinkSync(readlinkSync(source), target)
      try {
        linkSync(source, target)
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error
        copyFileSync(source, target)
      }
    }),
  ]
  for (let i = 0; i < steps.length; i += SLICE) {
    steps.slice(i, i + SLICE).forEach((step) => step())
    await setImmediate()
  }
}

export interface TakedownRelease {
  id: string
  from: string
  removed: string[]
}

/** "articles 12, articles 40": the takedowns named in log lines. */
export const describeTakedowns = (takedowns: readonly Takedown[]) =>
  takedowns.map((t) => `${t.collection} ${t.id}`).join(', ')

/**
 * Makes and switches to a release without the takedowns' files, based on the live one. Null when
 * there is nothing to take down: no live release, none of the files are live, or the live release
 * has no `.pages.json` (then only the next build can take the page down, and the log says so).
 * The caller serialises this with every other switch.
 */
export async function makeTakedownRelease(
  dir: string,
  takedowns: readonly Takedown[],
  { now = Date.now(), log }: { now?: number; log: (line: string) => void },
): Promise<TakedownRelease | null> {
  const from = await readCurrent(dir)
  if (!from || !takedowns.length) return null
  const live = releasePath(dir, from)
  const index = await readPagesIndex(live)
  const about = describeTakedowns(takedowns)
  if (!index) {
    log(`takedown of ${about}: release ${from} has no ${PAGES_INDEX_FILE}; the next build removes it`)
    return null
  }
  const files = filesOf(index, takedowns)
  const present: string[] = []
  for (const file of files) {
    const place = await placeOf(live, file)
    if (place === 'outside') log(`takedown of ${about}: ${file} leads outside the release; left`)
    if (place === 'inside' && (await exists(path.join(live, file)))) present.push(file)
  }
  if (!present.length) return null

  const info = await readReleaseInfo(dir, from)
  const id = await newReleaseId(dir, now)
  const target = releasePath(dir, id)
  try {
    await linkTree(live, target, (file) => file === RELEASE_MARKER || file === PAGES_INDEX_FILE)
    // The index is written anew rather than linked, so the live release's copy stays as it is.
    await writeFile(path.join(target, PAGES_INDEX_FILE), JSON.stringify(index))
    const removal = (await removeDocuments(target, takedowns))!
    // Links are not checked here: list pages still link to the removed page until the next build.
    const problems = (await exists(path.join(target, 'index.html'))) ? [] : ['index.html is missing']
    for (const file of present) {
      if (await exists(path.join(target, file))) problems.push(`${file} is still there`)
    }
    if (problems.length) throw new Error(`takedown release refused: ${problems.join('; ')}`)
    await markComplete(dir, {
      id,
      pages: (info?.pages ?? 0) - removal.pages,
      builtAt: new Date(now).toISOString(),
      reason: `takedown: ${about} (from release ${from})`,
    })
    await switchCurrent(dir, id)
    return { id, from, removed: removal.removed }
  } catch (error) {
    await rm(target, { recursive: true, force: true })
    throw error
  }
}
