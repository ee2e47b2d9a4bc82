import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { markComplete } from '../../../publisher/src/releases/store'

/** Writes a validated release folder directly, without running a build. */
export async function makeRelease(
  releasesDir: string,
  id: string,
  files: Record<string, string | Buffer>,
) {
  for (const [file, content] of Object.entries(files)) {
    const target = path.join(releasesDir, id, file)
    mkdirSync(path.dirname(target), { recursive: true })
    writeFileSync(target, content)
  }
  const pages = Object.keys(files).filter((file) => file.endsWith('.html')).length
  await markComplete(releasesDir, { id, pages, builtAt: new Date().toISOString(), reason: 'test' })
}
