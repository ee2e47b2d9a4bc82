/**
 * URL → file inside one release folder. Everything that could lead out of the folder (`..` in
 * any encoding, backslashes, NUL, symlinks pointing elsewhere) is refused here, in one place.
 */
import { type FileHandle, open, realpath } from 'node:fs/promises'
import path from 'node:path'

export type Target =
  { file: string; urlPath: string; rawPath: string; query: string } | { status: 400 | 404 }

/** Maps a URL to a file inside `release`, refusing anything that could lead out of it. */
export function resolveTarget(release: string, rawUrl: string): Target {
  const [rawPath, query = ''] = rawUrl.split(/\?(.*)/s)
  let urlPath: string
  try {
    urlPath = decodeURIComponent(rawPath)
  } catch {
    return { status: 400 }
  }
  const segments = urlPath.split('/')
  if (!urlPath.startsWith('/') || urlPath.includes('\0') || urlPath.includes('\\'))
    return { status: 400 }
  if (segments.some((s) => s === '..' || s === '.')) return { status: 400 }
  // Dot files (the release marker, editor leftovers) are never part of the site.
  if (segments.some((s) => s.startsWith('.') && s !== '.well-known')) return { status: 404 }
  const file = path.join(release, ...segments, urlPath.endsWith('/') ? 'index.html' : '')
  if (!file.startsWith(release + path.sep)) return { status: 400 }
  return { file, urlPath: urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath, rawPath, query }
}

/** Opens a regular file whose real path is inside `release`; null for anything else. */
export async function openInside(release: string, file: string): Promise<FileHandle | null> {
  try {
    // A symlink inside a release must not lead out of it.
    if (!(await realpath(file)).startsWith(release + path.sep)) return null
    const handle = await open(file, 'r')
    if ((await handle.stat()).isFile()) return handle
    await handle.close()
  } catch {
    // Missing or unreadable: the caller answers 404.
  }
  return null
}
