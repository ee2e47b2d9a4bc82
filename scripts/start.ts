/**
 * npm start: the publisher (rebuild worker and public site at http://localhost:SITE_PORT, serving
 * the last release at once), migrations, demo content on an empty database, the admin build when
 * its inputs changed, then the CMS at http://localhost:PORT/admin (with its jobs runner) and a
 * site build from it. The CMS and the publisher are separate children, each restarted if it dies
 * (scripts/lib/supervisor.ts), so the public site outlives a CMS crash. Ctrl-C stops them all.
 */
import path from 'node:path'

import { SettingsError } from '@bantin/publisher/settings'
import { supervisedBy } from '@bantin/content-types/supervisor'

import { ConfigError, readEnv, rootDir } from '../cms/env'
import { buildAdminOnce } from './lib/admin-build'
import { planLocalPublishing, startLocalPublishing } from './lib/local-publishing'
import { openCms } from './lib/open-cms'
import { runToEnd, startChild, stopChildrenOnExit, waitForHttp } from './lib/processes'
import { inheritedEnv, loadDotEnv } from './lib/settings'
import { supervise } from './lib/supervisor'
import { seedDemo } from './seed/seed-demo'

const log = (message: string) => process.stderr.write(`[start] ${message}\n`)
const nextBin = path.join(rootDir, 'node_modules/.bin/next')
const cmsDir = path.join(rootDir, 'cms')

async function prepareDatabase() {
  const payload = await openCms({ logLevel: 'warn' })
  const seeded = await seedDemo(payload, { onlyIfEmpty: true })
  if (seeded) log(`empty database: demo content loaded (${seeded.articles.created} articles)`)
  if (seeded?.failed.length) log(`demo articles not loaded: ${seeded.failed.join('; ')}`)
  await payload.destroy()
}

const buildAdminIfNeeded = () =>
  buildAdminOnce(rootDir, () => runToEnd(nextBin, ['build'], { cwd: cmsDir, detached: false }), log)

async function main() {
  loadDotEnv()
  stopChildrenOnExit()
  const env = readEnv()
  const plan = planLocalPublishing(env, inheritedEnv())
  const { host } = env
  const cmsUrl = `http://${host}:${env.port}`
  const publishing = plan && (await startLocalPublishing(plan, cmsUrl, log))
  await prepareDatabase()
  await buildAdminIfNeeded()
  await supervise(
    {
      name: 'the CMS',
      meanwhile:
        'The public site keeps serving; the admin and the REST API are down until it is back',
      start: () =>
        startChild(nextBin, ['start', '--port', String(env.port), '--hostname', host], {
          cwd: cmsDir,
          env: {
            ...inheritedEnv(),
            JOBS_AUTORUN: 'true',
            ...plan?.cmsEnv,
            ...supervisedBy(process.pid),
          },
          stdio: ['ignore', 'pipe', 'pipe'],
        }),
      // The first request also starts Payload inside Next, and with it the jobs runner.
      ready: (signal) => waitForHttp(`${cmsUrl}/api/users/me`, { timeoutMs: 120_000, signal }),
      ports: [{ port: env.port, host }],
    },
    log,
  )
  log(`CMS ready: ${env.serverUrl}/admin (REST under ${env.serverUrl}/api)`)
  if (!publishing)
    return log('site builds go to REBUILD_WEBHOOK_URL / GitHub; no local site server')
  log(`site ready: ${await publishing.buildFromCms()}`)
}

main().catch((error: Error) => {
  const config = error instanceof ConfigError || error instanceof SettingsError
  log(config ? `configuration error: ${error.message}` : error.stack || error.message)
  process.exit(1)
})
