import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { withFileLock } from './file-lock'

const SKIP = new Set(['.next', 'node_modules', 'next-env.d.ts'])

function listFiles(dir: string, into: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    if (SKIP.has(name) || name.endsWith('.tsbuildinfo')) continue
    const full = path.join(dir, name)
    if (statSync(full).isDirectory()) listFiles(full, into)
    else into.push(full)
  }
  return into
}

/** A fingerprint of everything the admin build reads: its sources, the shared types, the lockfile. */
function adminInputsHash(rootDir: string): string {
  const hash = createHash('sha256')
  const files = [
    ...listFiles(path.join(rootDir, 'cms')),
    ...listFiles(path.join(rootDir, 'content-types')),
    path.join(rootDir, 'package-lock.json'),
  ].filter(existsSync)
  for (const file of files) {
    hash.update(path.relative(rootDir, file))
    hash.update(readFileSync(file))
  }
  return hash.digest('hex')
}

const stampFile = (rootDir: string) => path.join(rootDir, 'cms/.next/bantin-inputs.sha256')

/** The production build is reused while its inputs are unchanged, so a second start is quick. */
function adminBuildIsCurrent(rootDir: string): boolean {
  const stamp = stampFile(rootDir)
  return (
    existsSync(path.join(rootDir, 'cms/.next/BUILD_ID')) &&
    existsSync(stamp) &&
    readFileSync(stamp, 'utf8') === adminInputsHash(rootDir)
  )
}

function markAdminBuildCurrent(rootDir: string): void {
  writeFileSync(stampFile(rootDir), adminInputsHash(rootDir))
}

/**
 * Runs `build` unless the admin build is current, one `npm start` at a time: two `next build`s in
 * one folder break each other (the lock: cms/.admin-build.lock, scripts/lib/file-lock.ts).
 */
export async function buildAdminOnce(
  rootDir: string,
  build: () => Promise<void>,
  log: (line: string) => void,
) {
  await withFileLock(
    path.join(rootDir, 'cms/.admin-build'),
    async () => {
      if (adminBuildIsCurrent(rootDir)) return log('admin build is up to date')
      log('building the admin (first start or changed sources; about a minute)…')
      await build()
      markAdminBuildCurrent(rootDir)
    },
    { staleMs: 60_000, pollMs: 1000 },
  )
}
