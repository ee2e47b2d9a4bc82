/**
 * What every package's settings module shares (cms/env.ts, publisher/src/settings.ts,
 * site/src/settings.ts, scripts/lib/settings.ts): the repository's `.env` and the defaults of a
 * single-server install, each written once here.
 */
import { existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** The repository root, which holds `.env` and against which relative folders are resolved. */
// import.meta.url, not import.meta.dirname: the CMS's Next bundle keeps only the former.
export const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

export const INSTALL_DEFAULTS = {
  /** The data folder (database, media, secrets, releases), relative to the repository root. */
  dataDir: 'data',
  /** Where the CMS listens (PORT, HOST). */
  cmsPort: 3000,
  cmsHost: '127.0.0.1',
  /** The live site (SITE_PORT) and the rebuild worker (REBUILD_PORT). */
  sitePort: 4321,
  rebuildPort: 4322,
} as const

/**
 * Loads the repository's `.env` into the environment, when there is one. Called by the commands
 * run by hand before their settings are read; the children of `npm start` inherit it. Variables
 * already set win over the file (Node's loadEnvFile never overwrites).
 */
export function loadDotEnv(): void {
  const file = path.join(repositoryRoot, '.env')
  if (existsSync(file)) process.loadEnvFile(file)
}
