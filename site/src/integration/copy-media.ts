import { copyFile, mkdir } from 'node:fs/promises'
import path from 'node:path'

type Log = { info: (m: string) => void }

const PARALLEL = 8

/**
 * Copies into dist/media the image files the pages use. The list comes from the content (each
 * article's images, lib/site-content.ts), not from scanning the output, and every file is already
 * in the cache: the pages were only given images the CMS delivered.
 */
export async function copyMedia(opts: {
  distDir: string
  cacheDir: string
  names: Iterable<string>
  /** Counted while the content loaded, for the log. */
  downloaded: number
  cmsUrl: string
  log: Log
}) {
  const names = [...opts.names]
  const outDir = path.join(opts.distDir, 'media')
  await mkdir(outDir, { recursive: true })
  const queue = [...names]
  const worker = async () => {
    for (let name = queue.shift(); name !== undefined; name = queue.shift()) {
      await copyFile(path.join(opts.cacheDir, name), path.join(outDir, name))
    }
  }
  await Promise.all(Array.from({ length: PARALLEL }, worker))
  opts.log.info(
    `media: ${names.length} image files referenced, ${opts.downloaded} downloaded from ${opts.cmsUrl}`,
  )
  return names.length
}
