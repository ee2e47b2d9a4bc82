import { readdirSync, readFileSync } from 'node:fs'
import { copyFile, mkdir, rename, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { setImmediate } from 'node:timers/promises'

import { mediaFileUrl } from '../loader'

type Log = { info: (m: string) => void }

const REFERENCE = /\/media\/([^"'\s<>?#),]+)/g
const TEXT_FILES = /\.(html|xml|json|txt)$/
const PARALLEL = 8

function listTextFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && TEXT_FILES.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
}

/** File names under /media/ that the built pages, feeds and sitemaps point at. */
export async function findReferencedMedia(distDir: string): Promise<Set<string>> {
  const names = new Set<string>()
  for (const [i, file] of listTextFiles(distDir).entries()) {
    // Synchronous reads of freshly written files take tens of milliseconds for a thousand pages
    // where promise-based ones take a second; yielding lets the search indexer's replies through.
    if (i % 25 === 24) await setImmediate()
    for (const match of readFileSync(file, 'utf8').matchAll(REFERENCE)) {
      const name = decodeURIComponent(match[1]!)
      // Never let a crafted name climb out of the media folder.
      if (name && !name.includes('/') && !name.includes('\\') && name !== '..') names.add(name)
    }
  }
  return names
}

const exists = (file: string) => stat(file).then(() => true, () => false)

async function download(url: string, target: string): Promise<void> {
  const response = await fetch(url).catch((error: Error) => {
    throw new Error(`Cannot download ${url}: ${error.message}`)
  })
  if (!response.ok) throw new Error(`The CMS answered ${response.status} for the image ${url}`)
  const partial = `${target}.part`
  await writeFile(partial, Buffer.from(await response.arrayBuffer()))
  await rename(partial, target)
}

/**
 * Copies into dist/media only the image variants the pages reference, downloading each from the
 * CMS once: the cache keeps files between builds (a CMS never rewrites a file under the same name;
 * a new upload gets a new one), so a rebuild downloads only new images and encodes none.
 */
export async function copyReferencedMedia(opts: { distDir: string; cacheDir: string; cmsUrl: string; log: Log }) {
  const names = [...(await findReferencedMedia(opts.distDir))]
  const outDir = path.join(opts.distDir, 'media')
  await mkdir(outDir, { recursive: true })
  await mkdir(opts.cacheDir, { recursive: true })
  let downloaded = 0
  const queue = [...names]
  const worker = async () => {
    for (let name = queue.shift(); name; name = queue.shift()) {
      const cached = path.join(opts.cacheDir, name)
      if (!(await exists(cached))) {
        await download(mediaFileUrl(opts.cmsUrl, name), cached)
        downloaded++
      }
      await copyFile(cached, path.join(outDir, name))
    }
  }
  await Promise.all(Array.from({ length: PARALLEL }, worker))
  opts.log.info(`media: ${names.length} image files referenced, ${downloaded} downloaded from ${opts.cmsUrl}`)
  return { referenced: names.length, downloaded }
}
