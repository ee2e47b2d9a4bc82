import { existsSync } from 'node:fs'
import { readdir, readFile, realpath } from 'node:fs/promises'
import path from 'node:path'

import {
  LAYER_FILE,
  layerSchema,
  pageFile,
  RENDER_KEYS_FILE,
  type RenderKeys,
  renderKeysSchema,
} from '@bantin/content-types/release-files'

/** What a publish needs to know of the release the public sees now. */
export interface LiveRelease {
  keys: RenderKeys
  /** True if the release serves this file (a path relative to the release, `a/b/index.html`). */
  serves: (file: string) => boolean
}

const isMissing = (error: unknown) => (error as NodeJS.ErrnoException)?.code === 'ENOENT'

async function readJson(file: string): Promise<unknown | null> {
  try {
    return JSON.parse(await readFile(file, 'utf8'))
  } catch (error) {
    if (isMissing(error)) return null
    throw new Error(`cannot read ${file}: ${(error as Error).message}`, { cause: error })
  }
}

/** Every file under `dir`, relative to it (`a/b/index.html`); none when it does not exist. */
async function listFiles(dir: string): Promise<Set<string>> {
  try {
    const entries = await readdir(dir, { recursive: true, withFileTypes: true })
    return new Set(
      entries
        .filter((e) => e.isFile())
        .map((e) => path.relative(dir, path.join(e.parentPath, e.name))),
    )
  } catch (error) {
    if (isMissing(error)) return new Set()
    throw error
  }
}

/**
 * What a FULL release serves, read once per process: releases never change once live, and
 * asking the file system about each of 20,000 pages took a fifth of a publish at that size. Its
 * pages are those its render keys name (a build writes every page it keys; a takedown that
 * removes a page from a full release removes its key too, publisher/src/releases/takedown.ts),
 * and its images those in `media/`. Other files are looked up.
 */
interface FullRelease {
  keys: RenderKeys | null
  pages: Set<string>
  media: Set<string>
}

const KNOWN = Symbol.for('bantin.site.live-release')
// On globalThis: the integration's modules are loaded again for every build of a warm builder.
type Holder = { [KNOWN]?: Map<string, FullRelease> }

async function readFull(dir: string): Promise<FullRelease> {
  const known = ((globalThis as Holder)[KNOWN] ??= new Map())
  const hit = known.get(dir)
  if (hit) return hit
  const keysJson = await readJson(path.join(dir, RENDER_KEYS_FILE))
  const keys = keysJson === null ? null : renderKeysSchema.parse(keysJson)
  const release = {
    keys,
    pages: new Set(Object.keys(keys?.pages ?? {}).map(pageFile)),
    media: new Set([...(await listFiles(path.join(dir, 'media')))].map((name) => `media/${name}`)),
  }
  // One release at a time: the live base changes only with a full build.
  known.clear()
  known.set(dir, release)
  return release
}

const servesFrom = (dir: string, release: FullRelease) => (file: string) =>
  release.pages.has(file) ||
  release.media.has(file) ||
  (!file.startsWith('media/') && existsSync(path.join(dir, file)))

/**
 * The live release at `liveDir` (the publisher's `current` link), or null when there is none yet
 * or it predates render keys: then every page is rendered. A layered release (LAYER_FILE) serves
 * its own files first, then its base's, except the files it removed.
 */
export async function readLiveRelease(liveDir: string): Promise<LiveRelease | null> {
  const layerJson = await readJson(path.join(liveDir, LAYER_FILE))
  if (layerJson === null) {
    const full = await readFull(await realDir(liveDir))
    return full.keys && { keys: full.keys, serves: servesFrom(liveDir, full) }
  }
  const layer = layerSchema.parse(layerJson)
  const baseDir = path.join(liveDir, '..', layer.base)
  const base = await readFull(await realDir(baseDir))
  // A takedown's layer holds no keys of its own: they are its base's.
  const ownKeys = await readJson(path.join(liveDir, RENDER_KEYS_FILE))
  const keys = ownKeys === null ? base.keys : renderKeysSchema.parse(ownKeys)
  if (!keys) return null
  const own = await listFiles(liveDir)
  const files = new Set(layer.removed.filter((entry) => !entry.endsWith('/')))
  const folders = layer.removed.filter((entry) => entry.endsWith('/'))
  const removed = (file: string) =>
    files.has(`/${file}`) || folders.some((folder) => `/${file}`.startsWith(folder))
  const fromBase = servesFrom(baseDir, base)
  return { keys, serves: (file) => own.has(file) || (!removed(file) && fromBase(file)) }
}

/** The release folder itself (`current` is a link to it), so a cached reading is never another's. */
async function realDir(dir: string): Promise<string> {
  try {
    return await realpath(dir)
  } catch (error) {
    if (isMissing(error)) return dir
    throw error
  }
}
