/**
 * npm run site:validate -- <built site folder> — the checks a release passes before the worker
 * lets it go live (releases/validate.ts: index.html, SITE_MIN_PAGES, SITE_CANARY, every internal
 * link), run on a folder built elsewhere, e.g. by GitHub Actions before it deploys site/dist.
 * Exits 1 with the reasons when the folder is refused. The page-count drop against the live
 * release is left out: there is no live release to compare with here.
 */
import { stat } from 'node:fs/promises'
import path from 'node:path'

import { validateRelease } from '../releases/validate'
import { loadDotEnv, readReleaseChecks, SettingsError } from '../settings'

class UsageError extends Error {}

async function isFolder(dir: string): Promise<boolean> {
  try {
    return (await stat(dir)).isDirectory()
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false
    throw error
  }
}

async function main(): Promise<boolean> {
  loadDotEnv()
  const args = process.argv.slice(2).filter((arg) => arg !== '--')
  if (args.length !== 1 || args[0].startsWith('-')) {
    throw new UsageError('usage: npm run site:validate -- <built site folder>')
  }
  const dir = path.resolve(args[0])
  const checks = readReleaseChecks()
  if (!(await isFolder(dir))) throw new UsageError(`no such folder: ${dir}`)
  const result = await validateRelease(dir, { ...checks, previousPages: null })
  if (!result.ok) {
    console.error(`site:validate: ${dir} is refused: ${result.problems.join('; ')}`)
    return false
  }
  console.log(`site:validate: ${dir} can go live: ${result.pages} pages`)
  return true
}

main().then(
  (ok) => process.exit(ok ? 0 : 1),
  (error: Error) => {
    const expected = error instanceof UsageError || error instanceof SettingsError
    console.error(`site:validate: ${expected ? error.message : error.stack}`)
    process.exit(1)
  },
)
