/**
 * npm run site:rollback [-- <release id>] — puts the previous kept release of the public site
 * back live (or the named one). The next successful build goes live again as usual.
 */
import { existsSync } from 'node:fs'
import path from 'node:path'

import { ConfigError, rootDir } from '../cms/env'
import { listReleases } from './worker/releases'
import { rollback, RollbackError } from './worker/rollback'
import { readReleasesDir } from './worker/settings'

async function main() {
  if (existsSync(path.join(rootDir, '.env'))) process.loadEnvFile(path.join(rootDir, '.env'))
  const args = process.argv.slice(2).filter((arg) => arg !== '--')
  if (args.length > 1 || args[0]?.startsWith('-')) {
    throw new RollbackError('usage: npm run site:rollback [-- <release id>]')
  }
  const dir = readReleasesDir()
  const { from, to } = await rollback(dir, args[0])
  console.log(`site:rollback: the live site is now release ${to} (was ${from ?? 'none'})`)
  console.log(`kept releases: ${(await listReleases(dir)).join(', ')}`)
}

main().catch((error: Error) => {
  const expected = error instanceof RollbackError || error instanceof ConfigError
  console.error(`site:rollback: ${expected ? error.message : error.stack}`)
  process.exit(1)
})
