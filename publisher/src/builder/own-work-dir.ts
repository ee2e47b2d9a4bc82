import { createHash } from 'node:crypto'
import { mkdirSync } from 'node:fs'
import path from 'node:path'

import { rootDir } from '../settings'

/**
 * Astro writes its intermediate server build under the working directory (`.astro/.prerender`)
 * when the output folder is outside it, and those files must sit inside the project to find its
 * packages. Two builds from one checkout into different folders (releases, test builds) would
 * share and delete each other's intermediates, so each output folder gets its own working folder.
 */
export function ownWorkDir(distDir: string): string {
  const key = createHash('sha256').update(path.resolve(distDir)).digest('hex').slice(0, 16)
  const workDir = path.join(rootDir, 'node_modules', '.cache', 'bantin-build', key)
  mkdirSync(workDir, { recursive: true })
  return workDir
}

export function useOwnWorkDir(distDir: string): void {
  process.chdir(ownWorkDir(distDir))
}
