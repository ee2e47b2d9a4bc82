/**
 * The releases folder: `<id>/` per build, `current` → `<id>` (relative symlink, so the folder can
 * be moved), `failed-<id>/` for the latest refused build, `state.json`. A release counts only once
 * the worker has validated it and written its marker; a folder without one is a build that is
 * still running or was cut short.
 */
import { randomBytes } from 'node:crypto'
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

export const RELEASE_MARKER = '.release.json'
const RELEASE_ID = /^\d{8}-\d{6}-\d{3}$/

export interface ReleaseInfo {
  id: string
  pages: number
  builtAt: string
  reason: string
}

export const currentLink = (dir: string) => path.join(dir, 'current')
export const releasePath = (dir: string, id: string) => path.join(dir, id)
export const isReleaseId = (value: string) => RELEASE_ID.test(value)

/** `20251122-082715-123` (UTC): sorts as text in build order. */
function formatId(ms: number): string {
  return new Date(ms)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace('T', '-')
    .replace('.', '-')
    .slice(0, 19)
}

/** True for "no such file or folder": the one read error that means "missing". */
export const isMissing = (error: unknown) => (error as NodeJS.ErrnoException)?.code === 'ENOENT'

/** The error with the file it concerns, so a log line says what to look at. */
export const readError = (file: string, error: unknown) =>
  new Error(`cannot read ${file}: ${(error as Error).message}`, { cause: error })

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

/** Points `current` at a release in one rename: readers see the old or the new, never neither. */
export async function switchCurrent(dir: string, id: string): Promise<void> {
  if (!(await readReleaseInfo(dir, id)))
    throw new Error(`release ${id} does not exist or is incomplete`)
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

export interface PruneOptions {
  /** An unfinished folder to leave alone (a build in progress). */
  building?: string
  /**
   * Receives each release whose marker cannot be read; it is kept. Without it pruning throws
   * after removing what it safely could.
   */
  report?: (error: Error) => void
}

/**
 * Keeps the newest `keep` releases and the live one (which may be older after a rollback);
 * removes the rest and any unfinished folder other than `building`. A folder whose marker cannot
 * be read is never removed. Returns what it removed.
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
  const removed: string[] = []
  for (const id of folders) {
    if (id === current || id === building || kept.has(id) || unreadable.has(id)) continue
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
