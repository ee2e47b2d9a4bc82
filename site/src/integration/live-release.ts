import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'

import { LAYER_FILE, layerSchema, RENDER_KEYS_FILE, type RenderKeys, renderKeysSchema } from '@bantin/content-types/release-files'

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

/**
 * The live release at `liveDir` (the publisher's `current` link), or null when there is none yet
 * or it predates render keys: then every page is rendered. A layered release (LAYER_FILE) serves
 * its own files first, then its base's, except the files it removed.
 */
export async function readLiveRelease(liveDir: string): Promise<LiveRelease | null> {
  const layerJson = await readJson(path.join(liveDir, LAYER_FILE))
  if (layerJson === null) {
    const keysJson = await readJson(path.join(liveDir, RENDER_KEYS_FILE))
    if (keysJson === null) return null
    return { keys: renderKeysSchema.parse(keysJson), serves: (file) => existsSync(path.join(liveDir, file)) }
  }
  const layer = layerSchema.parse(layerJson)
  const baseDir = path.join(liveDir, '..', layer.base)
  // A takedown's layer holds no keys of its own: they are its base's.
  const keysJson = (await readJson(path.join(liveDir, RENDER_KEYS_FILE))) ?? (await readJson(path.join(baseDir, RENDER_KEYS_FILE)))
  if (keysJson === null) return null
  const files = new Set(layer.removed.filter((entry) => !entry.endsWith('/')))
  const folders = layer.removed.filter((entry) => entry.endsWith('/'))
  const removed = (file: string) => files.has(`/${file}`) || folders.some((folder) => `/${file}`.startsWith(folder))
  return {
    keys: renderKeysSchema.parse(keysJson),
    serves: (file) => existsSync(path.join(liveDir, file)) || (!removed(file) && existsSync(path.join(baseDir, file))),
  }
}
