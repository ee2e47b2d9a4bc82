/**
 * The releases folder: `<id>/` per build, `current` → `<id>` (relative symlink, so the folder can
 * be moved), `failed-<id>/` for the latest refused build, `state.json`. A release counts only once
 * the worker has validated it and written its marker; a folder without one is a build that is
 * still running or was cut short.
 */
import { randomBytes } from 'node:crypto'
import { copyFileSync, linkSync, lstatSync, mkdirSync, readlinkSync, symlinkSync } from 'node:fs'
import {
  mkdir,
  readdir,
  readFile,
  readlink,
  rename,
  rm,
  symlink,
  unlink,
  writeFile,
} from 'node:fs/promises'
import path from 'node:path'
import { setImmediate } from 'node:timers/promises'

import { isMissing, isReleaseId, readError, RELEASE_MARKER } from './basics'
import {
  LAYER_FILE,
  type Layer,
  openRelease,
  readLayer,
  removedEntry,
  RemovedPaths,
  writeLayer,
} from './layer'

export { isMissing, isReleaseId, readError, RELEASE_MARKER } from './basics'

interface ReleaseInfo {
  id: string
  pages: number
  builtAt: string
  reason: string
}

export const currentLink = (dir: string) => path.join(dir, 'current')
export const releasePath = (dir: string, id: string) => path.join(dir, id)

/** `20251122-082715-123` (UTC): sorts as text in build order. */
function formatId(ms: number): string {
  return new Date(ms)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace('T', '-')
    .replace('.', '-')
    .slice(0, 19)
}

async function releaseFolders(dir: string): Promise<string[]> {
  let entries
  try {
    entries = await readdir(dir, { withFileTypes: true })
  } catch (error) {
    if (isMissing(error)) return []
    throw readError(dir, error)
  }
  return entries
    .filter((e) => e.isDirectory() && isReleaseId(e.name))
    .map((e) => e.name)
    .sort()
}

function parseId(id: string): number {
  const [, y, mo, d, h, mi, s, ms] = id
    .match(/^(\d{4})(\d\d)(\d\d)-(\d\d)(\d\d)(\d\d)-(\d{3})$/)!
    .map(Number)
  return Date.UTC(y, mo - 1, d, h, mi, s, ms)
}

/** A fresh id, later than every folder already there even if the clock went backwards. */
export async function newReleaseId(dir: string, now = Date.now()): Promise<string> {
  const latest = (await releaseFolders(dir)).at(-1)
  return formatId(latest ? Math.max(now, parseId(latest) + 1) : now)
}

/**
 * The release's marker, or null when it has none (a build still running or cut short). Any other
 * failure (unreadable, garbled) throws: such a release was finished, and must not be taken for
 * an unfinished one and pruned.
 */
export async function readReleaseInfo(dir: string, id: string): Promise<ReleaseInfo | null> {
  if (!isReleaseId(id)) return null
  const file = path.join(releasePath(dir, id), RELEASE_MARKER)
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    if (isMissing(error)) return null
    throw readError(file, error)
  }
  try {
    return JSON.parse(text)
  } catch (error) {
    throw readError(file, error)
  }
}

export async function markComplete(dir: string, info: ReleaseInfo): Promise<void> {
  await writeFile(
    path.join(releasePath(dir, info.id), RELEASE_MARKER),
    JSON.stringify(info, null, 2),
  )
}

/** Validated releases, oldest first. */
export async function listReleases(dir: string): Promise<string[]> {
  const folders = await releaseFolders(dir)
  const complete = await Promise.all(
    folders.map(async (id) => ((await readReleaseInfo(dir, id)) ? id : null)),
  )
  return complete.filter((id): id is string => id !== null)
}

export async function readCurrent(dir: string): Promise<string | null> {
  try {
    return path.basename(await readlink(currentLink(dir)))
  } catch (error) {
    if (isMissing(error)) return null
    throw readError(currentLink(dir), error)
  }
}

/**
 * Points `current` at a release in one rename: readers see the old or the new, never neither. A
 * layered release goes live only with its base there (a finished full release).
 */
export async function switchCurrent(dir: string, id: string): Promise<void> {
  if (!(await readReleaseInfo(dir, id)))
    throw new Error(`release ${id} does not exist or is incomplete`)
  await openRelease(releasePath(dir, id))
  const temporary = path.join(dir, `.current-${randomBytes(6).toString('hex')}`)
  await symlink(id, temporary)
  try {
    await rename(temporary, currentLink(dir))
  } catch (error) {
    await unlink(temporary).catch(() => {})
    const why = (error as Error).message
    const message = `cannot replace ${currentLink(dir)} (is it a real folder?): ${why}`
    throw new Error(message, { cause: error })
  }
}

/** The newest kept release older than the live one, for rollback. */
export async function previousRelease(dir: string): Promise<string | null> {
  const current = await readCurrent(dir)
  const older = (await listReleases(dir)).filter((id) => current === null || id < current)
  return older.at(-1) ?? null
}

interface PruneOptions {
  /** An unfinished folder to leave alone (a build in progress). */
  building?: string
  /**
   * Receives each release whose marker cannot be read; it is kept. Without it pruning throws
   * after removing what it safely could.
   */
  report?: (error: Error) => void
}

/**
 * Keeps the newest `keep` releases and the live one (which may be older after a rollback), and
 * the base of every layered release among them; removes the rest and any unfinished folder other
 * than `building`. A folder whose marker cannot be read is never removed, and while some kept
 * release's layer cannot be read no finished release is removed (its base is unknown). Returns
 * what it removed.
 */
export async function pruneReleases(
  dir: string,
  keep = 5,
  { building, report }: PruneOptions = {},
): Promise<string[]> {
  const current = await readCurrent(dir)
  const folders = await releaseFolders(dir)
  const unreadable = new Set<string>()
  const errors: Error[] = []
  const complete: string[] = []
  for (const id of folders) {
    try {
      if (await readReleaseInfo(dir, id)) complete.push(id)
    } catch (error) {
      unreadable.add(id)
      errors.push(error as Error)
    }
  }
  const kept = new Set(complete.slice(-keep))
  const finished = new Set(complete)
  let keepFinished = false
  for (const id of [...kept, ...unreadable, current, building]) {
    if (!id || !folders.includes(id)) continue
    try {
      const layer = await readLayer(releasePath(dir, id))
      if (layer) kept.add(layer.base)
    } catch (error) {
      keepFinished = true
      errors.push(error as Error)
    }
  }
  const removed: string[] = []
  for (const id of folders) {
    if (id === current || id === building || kept.has(id) || unreadable.has(id)) continue
    if (keepFinished && finished.has(id)) continue
    await rm(releasePath(dir, id), { recursive: true, force: true })
    removed.push(id)
  }
  if (errors.length && !report) {
    throw new AggregateError(errors, errors.map((error) => error.message).join('; '))
  }
  errors.forEach((error) => report?.(error))
  return removed
}

/** Moves a refused build aside as `failed-<id>` for inspection; only the latest one is kept. */
export async function setAsideFailed(dir: string, id: string): Promise<void> {
  for (const name of (await readdir(dir)).filter((n) => n.startsWith('failed-'))) {
    await rm(path.join(dir, name), { recursive: true, force: true })
  }
  try {
    await rename(releasePath(dir, id), path.join(dir, `failed-${id}`))
  } catch (error) {
    // A build that failed before writing anything has no folder to set aside.
    if (!isMissing(error)) throw error
  }
}

export async function ensureReleasesDir(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true })
}

/** Files under `root`, relative with `/` (`tin-tuc/x/index.html`); an empty list for no folder. */
export async function listFiles(root: string): Promise<string[]> {
  let entries
  try {
    entries = await readdir(root, { withFileTypes: true, recursive: true })
  } catch (error) {
    if (isMissing(error)) return []
    throw readError(root, error)
  }
  return entries
    .filter((entry) => !entry.isDirectory())
    .map((entry) =>
      path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'),
    )
}

/** File operations between two yields to the event loop (about 10 ms of work). */
const LINK_SLICE = 500

/** What a release's own marker files are: never carried from one release to the next. */
const OWN_FILES = new Set([RELEASE_MARKER, LAYER_FILE])

/** Links `file` of `from` into `to`; copies only where linking is impossible (EXDEV). */
function linkFile(from: string, to: string, file: string) {
  const [source, target] = [path.join(from, file), path.join(to, file)]
  mkdirSync(path.dirname(target), { recursive: true })
  if (lstatSync(source).isSymbolicLink()) return symlinkSync(readlinkSync(source), target)
  try {
    linkSync(source, target)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error
    copyFileSync(source, target)
  }
}

interface LayeredReleaseOptions {
  /** RELEASES_DIR. */
  dir: string
  /** The live release the new one follows: full, or layered (then its base is reused). */
  live: string
  /** The new release's id (`newReleaseId`, taken under the same lock as the switch). */
  id: string
  /**
   * A folder of changed files (a build of only the pages that changed), on the same file system
   * as `dir`. It is MOVED to become the new release's folder: it is gone afterwards.
   */
  changes?: string
  /**
   * Site paths taken off the site: `/x/index.html` for a file, `/x/` for everything under a
   * folder. They hide the base's and the live layer's copies, never a file of `changes`. `/a//b`
   * counts as `/a/b`; an entry that could never be served (a dot file, `..`) is left out and
   * listed in `ignored`; one that does not start with `/` throws.
   */
  removed?: Iterable<string>
}

interface LayeredRelease {
  id: string
  /** The new release's folder (unfinished: no marker yet). */
  path: string
  layer: Layer
  /** Removed entries that name nothing the server serves (dot files, `..`): left out. */
  ignored: string[]
}

/**
 * Makes `releases/<id>` a LAYERED release following `live`, without marking it complete or
 * switching to it (validate, mark, switch as for any release). Its base is the live release's
 * base, or the live release itself when that one is full; its files are the changed ones, plus
 * the live release's own overlay files (hard links) that neither changed nor are removed now; its
 * removed list is the live one's and the new entries, less any file the new overlay has. So a
 * changed file is always served, and `removed: ['/pagefind/']` with a whole new `pagefind/` in
 * `changes` replaces that folder. The work grows with the overlay and the removed list, never
 * with the base. On failure the unfinished folder is left at `releases/<id>` for the caller to
 * remove or set aside (pruning removes it otherwise).
 */
export async function createLayeredRelease({
  dir,
  live,
  id,
  changes,
  removed = [],
}: LayeredReleaseOptions): Promise<LayeredRelease> {
  if (!(await readReleaseInfo(dir, live))) {
    throw new Error(`release ${live} does not exist or is incomplete`)
  }
  const from = await openRelease(releasePath(dir, live))
  const base = from.layer?.base ?? live
  const entries = [...removed].map((entry) => [entry, removedEntry(entry)] as const)
  const ignored = entries.filter(([, normal]) => normal === null).map(([entry]) => entry)
  const gone = new RemovedPaths(entries.flatMap(([, normal]) => (normal ? [normal] : [])))

  const target = releasePath(dir, id)
  if (changes) await rename(changes, target)
  else await mkdir(target)
  for (const file of await listFiles(target)) {
    // The markers are this release's own, written below (and by markComplete).
    if (OWN_FILES.has(file)) await unlink(path.join(target, file))
  }
  const changed = new Set(await listFiles(target))
  if (from.layer) {
    const carried = (await listFiles(from.dir)).filter(
      (file) => !OWN_FILES.has(file) && !changed.has(file) && !gone.has(`/${file}`),
    )
    // Synchronous calls in slices keep tiny file operations cheap and the site server answering.
    for (let i = 0; i < carried.length; i += LINK_SLICE) {
      carried.slice(i, i + LINK_SLICE).forEach((file) => linkFile(from.dir, target, file))
      await setImmediate()
    }
  }
  const overlay = from.layer ? new Set(await listFiles(target)) : changed
  const all = [...(from.layer?.removed ?? []), ...gone.files, ...gone.folders]
  const layer = { base, removed: [...new Set(all)].filter((e) => !overlay.has(e.slice(1))).sort() }
  await writeLayer(target, layer)
  return { id, path: target, layer, ignored }
}
