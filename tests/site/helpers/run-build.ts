import { spawn } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { stripVTControlCharacters } from 'node:util'

import { withFileLock } from '../../../scripts/lib/file-lock'

export const ROOT = path.resolve(import.meta.dirname, '../../..')

export interface BuildResult {
  code: number | null
  output: string
  seconds: number
}

export interface SiteBuild {
  /** The built site, in a temporary folder of this suite. */
  dist: string
  /** Runs `npm run build:site` against the CMS at cmsUrl, keeping the cache between runs. */
  run: (cmsUrl: string) => Promise<BuildResult>
  remove: () => Promise<void>
}

const LOCK = path.join(tmpdir(), 'bantin-site-build')

/** Test files run in parallel; Astro writes shared files under site/.astro, so builds take turns. */
export const withBuildLock = <T>(fn: () => Promise<T>) => withFileLock(LOCK, fn)

function spawnBuild(env: Record<string, string>): Promise<BuildResult> {
  const started = performance.now()
  return new Promise((resolve, reject) => {
    // The real command, in a child process, so Astro's Vite never shares a module graph with vitest.
    const child = spawn(
      process.execPath,
      [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/build-site.ts'],
      {
        cwd: ROOT,
        env: { ...process.env, ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    )
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.on('error', reject)
    // Astro colours its log when CI is set; tests read the words.
    child.on('close', (code) =>
      resolve({
        code,
        output: stripVTControlCharacters(output),
        seconds: (performance.now() - started) / 1000,
      }),
    )
  })
}

export function createSiteBuild(): SiteBuild {
  const dir = mkdtempSync(path.join(tmpdir(), 'bantin-site-'))
  const dist = path.join(dir, 'dist')
  return {
    dist,
    run: (cmsUrl) =>
      withBuildLock(() =>
        spawnBuild({
          CMS_URL: cmsUrl,
          SITE_URL: 'https://congan.example.vn',
          SITE_DIST_DIR: dist,
          SITE_CACHE_DIR: path.join(dir, 'cache'),
        }),
      ),
    remove: () => rm(dir, { recursive: true, force: true }),
  }
}
