/**
 * Layered releases: how a publish or a takedown goes live without touching every file of the site.
 *
 * A FULL release is a folder with every file of the site (what a full build writes). A LAYERED
 * release is a folder holding `.layer.json` = `{ "base": "<id>", "removed": ["/x/index.html",
 * "/y/", …] }` and the files that differ from its base (the overlay). A file of a layered release
 * is its own copy when the folder has one; otherwise it is missing when its path is in `removed`
 * or under a removed folder (an entry ending in `/`); otherwise it is the base's file. The base is
 * always a FULL release in the same folder: one level only, so a lookup is at most two `lstat`s.
 *
 * Releases never change once marked complete, so the parsed layer is cached by folder.
 */
import { randomBytes } from 'node:crypto'
import { lstat, rename, unlink, writeFile } from 'node:fs/promises'
import path from 'node:path'

import { z } from 'zod'

import { LAYER_FILE, layerSchema as sharedLayerSchema } from '@bantin/content-types/release-files'

import { isMissing, isReleaseId, readError, readJsonFile, RELEASE_MARKER } from './basics'

// The file's name and shape are shared with the site build, which reads the live release's layer.
export { LAYER_FILE }

/**
 * A path of the site as the server looks it up: absolute, `/`-separated, no empty, `.` or `..`
 * segment and no dot file (those are never served anyway). A trailing `/` names a folder.
 */
export function isSitePath(value: string): boolean {
  if (!value.startsWith('/') || value.includes('\0')) return false
  const parts = value.slice(1).split('/')
  if (value.endsWith('/')) parts.pop()
  return parts.length > 0 && parts.every((part) => part !== '' && !part.startsWith('.'))
}

/**
 * A removed entry as the server looks it up (`/a//b` → `/a/b`), or null when it names nothing
 * the server would ever serve (a dot file, `..`, the root itself). An entry that is not absolute
 * is a caller's mistake and throws: passing it over would leave the page online.
 */
export function removedEntry(entry: string): string | null {
  if (!entry.startsWith('/'))
    throw new Error(`cannot remove "${entry}": not a path from the site root`)
  const normal = path.posix.normalize(entry)
  return isSitePath(normal) && !entry.split('/').includes('..') ? normal : null
}

/** The shared shape, held to what the release store can serve. */
const layerSchema = sharedLayerSchema.extend({
  base: z.string().refine(isReleaseId, 'not a release id'),
  removed: z.array(z.string().refine(isSitePath, 'not a site path such as /x/index.html or /x/')),
})

export type Layer = z.output<typeof layerSchema>

/** The layer of a release folder; null for a full release (no `.layer.json`). */
export function readLayer(releaseDir: string): Promise<Layer | null> {
  return readJsonFile(path.join(releaseDir, LAYER_FILE), layerSchema, 'a release layer')
}

/**
 * Writes the layer by rename, never into the existing file: a release's files may be hard links
 * shared with other releases.
 */
export async function writeLayer(releaseDir: string, layer: Layer): Promise<void> {
  const bad = [layer.base].filter((id) => !isReleaseId(id))
  bad.push(...layer.removed.filter((entry) => !isSitePath(entry)))
  if (bad.length) throw new Error(`not a release layer: ${bad.join(', ')}`)
  const file = path.join(releaseDir, LAYER_FILE)
  const temporary = `${file}.${randomBytes(6).toString('hex')}.tmp`
  await writeFile(temporary, JSON.stringify({ base: layer.base, removed: layer.removed }))
  try {
    await rename(temporary, file)
  } catch (error) {
    await unlink(temporary).catch(() => {})
    throw error
  }
}

/** The removed list as sets: a lookup costs one Set probe per folder level of the path. */
export class RemovedPaths {
  readonly files = new Set<string>()
  readonly folders = new Set<string>()

  constructor(entries: Iterable<string> = []) {
    for (const entry of entries) (entry.endsWith('/') ? this.folders : this.files).add(entry)
  }

  get size() {
    return this.files.size + this.folders.size
  }

  /** Whether a file path (`/x/index.html`) is removed, itself or through a removed folder. */
  has(file: string): boolean {
    if (this.files.has(file)) return true
    if (!this.folders.size) return false
    for (let slash = file.indexOf('/', 1); slash !== -1; slash = file.indexOf('/', slash + 1)) {
      if (this.folders.has(file.slice(0, slash + 1))) return true
    }
    return false
  }
}

/** A release as something to read files from. */
export interface ReleaseView {
  /** The release's own folder: every file of a full release, the overlay of a layered one. */
  dir: string
  /** The base release's folder for a layered release; null for a full one. */
  base: string | null
  layer: Layer | null
  removed: RemovedPaths
}

/**
 * Opens a release folder for reading. A layered release's base must be a finished full release
 * next to it; anything else is an error naming the folder, never a site with holes.
 */
export async function openRelease(releaseDir: string): Promise<ReleaseView> {
  const layer = await readLayer(releaseDir)
  if (!layer) return { dir: releaseDir, base: null, layer: null, removed: new RemovedPaths() }
  const base = path.join(path.dirname(releaseDir), layer.base)
  try {
    await lstat(path.join(base, RELEASE_MARKER))
  } catch (error) {
    if (!isMissing(error)) throw readError(base, error)
    const message = `${releaseDir}: its base release ${layer.base} is missing or unfinished`
    throw new Error(message, { cause: error })
  }
  if (await readLayer(base)) {
    throw new Error(`${releaseDir}: its base release ${layer.base} is itself layered`)
  }
  return { dir: releaseDir, base, layer, removed: new RemovedPaths(layer.removed) }
}

async function exists(file: string): Promise<boolean> {
  try {
    await lstat(file)
    return true
  } catch (error) {
    if (isMissing(error) || (error as NodeJS.ErrnoException).code === 'ENOTDIR') return false
    throw error
  }
}

/**
 * The folder a file of the release is read from (its own or the base's), or null when the
 * release has no such file. `file` is relative to the release (`tin-tuc/x/index.html`).
 */
export async function whereIs(view: ReleaseView, file: string): Promise<string | null> {
  if (await exists(path.join(view.dir, file))) return view.dir
  if (!view.base || view.removed.has(`/${file}`)) return null
  return (await exists(path.join(view.base, file))) ? view.base : null
}

const CACHED = 16
const views = new Map<string, Promise<ReleaseView>>()

/**
 * `openRelease` once per release folder (pass its real path): releases are immutable once live.
 * The newest few are kept; a failed open is not cached, so the next request tries again.
 */
export function cachedRelease(realDir: string): Promise<ReleaseView> {
  let view = views.get(realDir)
  if (view) {
    // Most recently used last: Map keeps insertion order.
    views.delete(realDir)
  } else {
    view = openRelease(realDir)
    view.catch(() => views.delete(realDir))
  }
  views.set(realDir, view)
  if (views.size > CACHED) views.delete(views.keys().next().value!)
  return view
}
