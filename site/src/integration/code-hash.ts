import { createHash } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'

/** What a page's HTML depends on besides its content: the site, the shared types, Astro itself. */
const SOURCES = [
  'site/src',
  'site/public',
  'site/astro.config.ts',
  'site/package.json',
  'content-types',
  'node_modules/astro/package.json',
]

async function filesUnder(root: string, entry: string): Promise<string[]> {
  const full = path.join(root, entry)
  const found = await readdir(full, { recursive: true, withFileTypes: true }).catch(
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOTDIR') return null
      throw error
    },
  )
  if (found === null) return [entry]
  return found
    .filter((dirent) => dirent.isFile() && !dirent.parentPath.includes('node_modules'))
    .map((dirent) => path.relative(root, path.join(dirent.parentPath, dirent.name)))
}

/**
 * A digest of the code that renders pages and of the settings it renders with (`settings`, e.g.
 * the site's address). A page whose key matches is reused only if this matches too.
 */
export async function codeHash(siteDir: string, settings: string): Promise<string> {
  const root = path.resolve(siteDir, '..')
  const files = (await Promise.all(SOURCES.map((entry) => filesUnder(root, entry)))).flat().sort()
  const hash = createHash('sha256').update(settings)
  for (const file of files) hash.update(`\0${file}\0`).update(await readFile(path.join(root, file)))
  return hash.digest('base64url')
}
