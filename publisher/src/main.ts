/**
 * The publisher service, `tsx publisher/src/main.ts [--build]`: the rebuild worker (POST /rebuild,
 * GET /status on 127.0.0.1:REBUILD_PORT) and the live site (SITE_PORT). `npm start` runs it as a
 * supervised child; this entry exists to run publishing on its own, e.g. under a service manager. --build asks for one
 * build at start, for a fresh install whose CMS is already running.
 */
import { stopWhenSupervisorEnds } from '@bantin/content-types/supervisor'

import { readCurrent } from './releases/store'
import { loadDotEnv, readPublisherSettings, SettingsError } from './settings'
import { startPublishing } from './start-publishing'
import { stopOnSignals } from './stop-on-signals'

const log = (message: string) => process.stderr.write(`[rebuild] ${message}\n`)

async function main() {
  loadDotEnv()
  const settings = readPublisherSettings()
  const publishing = await startPublishing(settings)
  const current = await readCurrent(settings.releasesDir)
  const { worker, site } = publishing
  log(`worker on ${worker.url} (POST /rebuild, GET /status), releases in ${settings.releasesDir}`)
  const live = current ? `release ${current}` : 'no release yet (answers 503 until the first build)'
  log(`site on ${site.url}: ${live}`)
  if (process.argv.includes('--build')) worker.requestBuild('worker started with --build')

  stopOnSignals(() => publishing.close(), log)
  stopWhenSupervisorEnds(settings.supervisorPid)
}

main().catch((error: Error) => {
  log(
    error instanceof SettingsError
      ? `configuration error: ${error.message}`
      : error.stack || error.message,
  )
  process.exit(1)
})
