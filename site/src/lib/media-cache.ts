import { mkdir, readdir, rename, writeFile } from 'node:fs/promises'
import path from 'node:path'

import { mediaFileUrl } from '../loader/rest'
import { cmsFileName } from './media-version'

const PARALLEL = 8
/** Answers meaning the CMS has no such file, as opposed to a CMS that is failing. */
const GONE = new Set([404, 410])

/** A name the CMS could have given an upload: never one that climbs out of the media folder. */
const isSafeFileName = (name: string) =>
  name !== '' &&
  name !== '.' &&
  name !== '..' &&
  !name.includes('/') &&
  !name.includes('\\') &&
  !name.includes('\0')

async function download(url: string, target: string): Promise<boolean> {
  const response = await fetch(url).catch((error: Error) => {
    throw new Error(`Cannot download ${url}: ${error.message}`)
  })
  if (GONE.has(response.status)) return false
  if (!response.ok) throw new Error(`The CMS answered ${response.status} for the image ${url}`)
  const partial = `${target}.part`
  await writeFile(partial, Buffer.from(await response.arrayBuffer()))
  await rename(partial, target)
  return true
}

// Files in the cache folder are only ever added (a name is never rewritten), so what was seen
// there stays true for the life of the process; one set per folder.
const seen = new Map<string, Set<string>>()
function cachedNames(cacheDir: string): Set<string> {
  let names = seen.get(cacheDir)
  if (!names) seen.set(cacheDir, (names = new Set()))
  return names
}

interface CachedMedia {
  /** Names the CMS does not have (404), or that are not safe file names. */
  missing: Set<string>
  downloaded: number
}

/** An image file asked for by its name on the site, downloaded under the CMS's name. */
const imageFileUrl = (cmsUrl: string, name: string) => mediaFileUrl(cmsUrl, cmsFileName(name))

/**
 * Brings image files into the cache folder, downloading each from the CMS once: images are cached
 * under their name on the site, whose version changes whenever the CMS saves the image
 * (lib/media-version.ts; the CMS itself may reuse a name or rewrite a file under it), so a rebuild
 * downloads only new or changed images and encodes none. Runs before the pages render, so a page
 * can leave out an image the CMS cannot deliver instead of linking to a file that is not there.
 * Other failures (CMS down, 500) throw: the build is retried rather than published without its
 * images.
 */
export async function cacheMedia(
  names: Iterable<string>,
  opts: { cmsUrl: string; cacheDir: string; urlOf?: (cmsUrl: string, name: string) => string },
): Promise<CachedMedia> {
  const urlOf = opts.urlOf ?? imageFileUrl
  const wanted = new Set(names)
  const cached = cachedNames(opts.cacheDir)
  // The folder is listed only when a file is not known to be there: a publish asks for every
  // image of the site, and at archive size the listing cost more than the rest of this.
  if ([...wanted].some((name) => !cached.has(name))) {
    await mkdir(opts.cacheDir, { recursive: true })
    for (const name of await readdir(opts.cacheDir)) cached.add(name)
  }
  const missing = new Set<string>()
  const queue: string[] = []
  for (const name of wanted) {
    if (!isSafeFileName(name)) missing.add(name)
    else if (!cached.has(name)) queue.push(name)
  }
  let downloaded = 0
  const worker = async () => {
    for (let name = queue.shift(); name !== undefined; name = queue.shift()) {
      if (await download(urlOf(opts.cmsUrl, name), path.join(opts.cacheDir, name))) {
        downloaded++
        cached.add(name)
      } else missing.add(name)
    }
  }
  await Promise.all(Array.from({ length: PARALLEL }, worker))
  return { missing, downloaded }
}
