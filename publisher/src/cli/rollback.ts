/**
 * npm run site:rollback [-- <release id>] — puts the previous kept release of the public site
 * back live (or the named one). The next successful build goes live again as usual.
 */
import { rollback, RollbackError } from '../releases/rollback'
import { listReleases } from '../releases/store'
import { loadDotEnv, readReleasesDir, SettingsError } from '../settings'

async function main() {
  loadDotEnv()
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
  const expected = error instanceof RollbackError || error instanceof SettingsError
  console.error(`site:rollback: ${expected ? error.message : error.stack}`)
  process.exit(1)
})
