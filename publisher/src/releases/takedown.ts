/**
 * Takes documents off the live site without a build: a new LAYERED release (layer.ts) on the live
 * one's base, whose removed list gains the files `.pages.json` lists for those documents (their
 * pages and Pagefind fragments), switched in like any release. Nothing of the base is linked or
 * copied: the work grows with the live release's overlay, not with the site. List pages, feeds and
 * the sitemap still mention the page until the next build; that build follows right after.
 *
 * Files in releases are shared between releases through hard links, so nothing here ever writes
 * into an existing file: files are removed (unlinked) or replaced by rename.
 */
import { randomBytes } from 'node:crypto'
import { realpath, rename, rm, unlink, writeFile } from 'node:fs/promises'
import path from 'node:path'

import {
  type DocumentFiles,
  PAGES_INDEX_FILE,
  type PagesIndex,
  pagesIndexSchema,
} from '@bantin/content-types/build-problem'

import { pageFile, RENDER_KEYS_FILE, renderKeysSchema } from '@bantin/content-types/release-files'

import { readJsonFile } from './basics'
import { isSitePath, openRelease, type ReleaseView, whereIs, writeLayer } from './layer'
import {
  createLayeredRelease,
  isMissing,
  markComplete,
  newReleaseId,
  readCurrent,
  readReleaseInfo,
  releasePath,
  switchCurrent,
} from './store'
import { type Takedown } from '../worker/state-store'

/** The release's `.pages.json`: its own copy, or for a layered release with none, its base's. */
async function readPagesIndex(release: ReleaseView): Promise<PagesIndex | null> {
  const folder = await whereIs(release, PAGES_INDEX_FILE)
  if (!folder) return null
  return readJsonFile(path.join(folder, PAGES_INDEX_FILE), pagesIndexSchema, 'a pages index')
}

/**
 * A path `.pages.json` may name: inside the release, not a dot file, never the home page, and one
 * a layer's removed list can hold (no backslash).
 */
function isRemovable(file: string): boolean {
  const normal = path.posix.normalize(file)
  return (
    normal === file &&
    isSitePath(`/${file}`) &&
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
async function placeOf(
  releaseDir: string,
  file: string,
): Promise<'inside' | 'outside' | 'missing'> {
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

async function replaceFile(file: string, content: string): Promise<void> {
  const temporary = `${file}.${randomBytes(6).toString('hex')}.tmp`
  await writeFile(temporary, content)
  await rename(temporary, file)
}

interface Removal {
  /** Paths removed, relative to the release. */
  removed: string[]
  /** HTML pages among them. */
  pages: number
}

/**
 * The takedowns' files the release serves. A file is taken from the folder it is served from (a
 * layered release's own, or its base); one whose folder leads outside that folder through a
 * symlink is never touched, and `outside` hears of it.
 */
async function servedFiles(
  release: ReleaseView,
  files: Iterable<string>,
  outside: (file: string) => void = () => {},
): Promise<{ file: string; folder: string }[]> {
  const served: { file: string; folder: string }[] = []
  for (const file of files) {
    const folder = await whereIs(release, file)
    if (!folder) continue
    const place = await placeOf(folder, file)
    if (place === 'outside') outside(file)
    if (place === 'inside') served.push({ file, folder })
  }
  return served
}

/** The index without the takedowns' entries. */
function indexWithout(index: PagesIndex, takedowns: readonly Takedown[]): PagesIndex {
  const kept: PagesIndex = structuredClone(index)
  for (const takedown of takedowns) {
    if (entryOf(kept, takedown)) delete kept[takedown.collection as keyof PagesIndex]![takedown.id]
  }
  return kept
}

const pagesAmong = (files: string[]) => files.filter((file) => file.endsWith('.html')).length

/**
 * Removes the takedowns' files from a release that is not live yet, and their entries from its
 * `.pages.json`. A layered release loses its own copies, and its removed list gains the files, so
 * its base's copies are not served either. Null when the release has no `.pages.json` (a site
 * build that predates it).
 */
export async function removeDocuments(
  releaseDir: string,
  takedowns: readonly Takedown[],
): Promise<Removal | null> {
  const release = await openRelease(releaseDir)
  const index = await readPagesIndex(release)
  if (!index) return null
  const removed: string[] = []
  for (const { file, folder } of await servedFiles(release, filesOf(index, takedowns))) {
    try {
      // Never the base's copy: the base is another release, shared by every layer on it.
      if (folder === release.dir) await unlink(path.join(folder, file))
      removed.push(file)
    } catch (error) {
      if (!isMissing(error)) throw error
    }
  }
  if (release.layer && removed.length) {
    const entries = new Set([...release.layer.removed, ...removed.map((file) => `/${file}`)])
    await writeLayer(releaseDir, { base: release.layer.base, removed: [...entries].sort() })
  }
  const kept = indexWithout(index, takedowns)
  await replaceFile(path.join(releaseDir, PAGES_INDEX_FILE), JSON.stringify(kept))
  if (removed.length) await forgetRenderKeys(releaseDir, removed)
  return { removed, pages: pagesAmong(removed) }
}

/**
 * The release's own render keys without the pages removed from it: the next publish's build
 * (site/src/integration/live-release.ts) takes a keyed page of a full release as served, and must
 * render a removed one again when its article comes back.
 */
async function forgetRenderKeys(releaseDir: string, removedFiles: string[]): Promise<void> {
  const file = path.join(releaseDir, RENDER_KEYS_FILE)
  const keys = await readJsonFile(file, renderKeysSchema, 'a render keys file')
  if (!keys) return
  const gone = new Set(removedFiles)
  const pages = Object.fromEntries(
    Object.entries(keys.pages).filter(([pathname]) => !gone.has(pageFile(pathname))),
  )
  await replaceFile(file, JSON.stringify({ ...keys, pages }))
}

interface TakedownRelease {
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
  const live = await openRelease(releasePath(dir, from))
  const index = await readPagesIndex(live)
  const about = describeTakedowns(takedowns)
  if (!index) {
    log(
      `takedown of ${about}: release ${from} has no ${PAGES_INDEX_FILE}; the next build removes it`,
    )
    return null
  }
  const outside = (file: string) =>
    log(`takedown of ${about}: ${file} leads outside the release; left`)
  const served = await servedFiles(live, filesOf(index, takedowns), outside)
  const present = served.map(({ file }) => file)
  if (!present.length) return null

  const info = await readReleaseInfo(dir, from)
  const id = await newReleaseId(dir, now)
  const target = releasePath(dir, id)
  try {
    await createLayeredRelease({ dir, live: from, id, removed: present.map((file) => `/${file}`) })
    // Written anew (by rename), never into the file the live release may share with this one.
    const kept = indexWithout(index, takedowns)
    await replaceFile(path.join(target, PAGES_INDEX_FILE), JSON.stringify(kept))
    // Links are not checked here: list pages still link to the removed page until the next build.
    const made = await openRelease(target)
    const problems = (await whereIs(made, 'index.html')) ? [] : ['index.html is missing']
    for (const file of present) {
      if (await whereIs(made, file)) problems.push(`${file} is still there`)
    }
    if (problems.length) throw new Error(`takedown release refused: ${problems.join('; ')}`)
    await markComplete(dir, {
      id,
      pages: (info?.pages ?? 0) - pagesAmong(present),
      builtAt: new Date(now).toISOString(),
      reason: `takedown: ${about} (from release ${from})`,
    })
    await switchCurrent(dir, id)
    return { id, from, removed: present }
  } catch (error) {
    await rm(target, { recursive: true, force: true })
    throw error
  }
}
