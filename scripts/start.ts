/**
 * npm start: migrations, demo content on an empty database, the admin build when its inputs
 * changed, the CMS at http://localhost:PORT/admin (with its jobs runner), then the rebuild worker
 * and the public site at http://localhost:SITE_PORT. Ctrl-C stops every child process.
 */
import { existsSync } from 'node:fs'
import path from 'node:path'

import { ConfigError, readEnv, rootDir } from '../cms/env'
import { buildAdminOnce } from './lib/admin-build'
import { planLocalPublishing, startLocalPublishing } from './lib/local-publishing'
import { openCms } from './lib/open-cms'
import { runToEnd, startChild, stopChildrenOnExit, waitForHttp } from './lib/processes'
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
  if (existsSync(path.join(rootDir, '.env'))) process.loadEnvFile(path.join(rootDir, '.env'))
  stopChildrenOnExit()
  const env = readEnv()
  const publishing = planLocalPublishing(env)
  const host = process.env.HOST || '127.0.0.1'
  await prepareDatabase()
  await buildAdminIfNeeded()
  const cms = startChild(nextBin, ['start', '--port', String(env.port), '--hostname', host], {
    cwd: cmsDir,
    env: { ...process.env, JOBS_AUTORUN: 'true', ...publishing?.cmsEnv },
  })
  cms.on('exit', (code) => {
    log(`the CMS stopped (exit ${code}); stopping`)
    process.exit(code ?? 1)
  })
  const cmsUrl = `http://${host}:${env.port}`
  // The first request also starts Payload inside Next, and with it the jobs runner.
  await waitForHttp(`${cmsUrl}/api/users/me`)
  log(`CMS ready: ${env.serverUrl}/admin (REST under ${env.serverUrl}/api)`)
  if (!publishing) return log('site builds go to REBUILD_WEBHOOK_URL / GitHub; no local site server')
  const { ready } = await startLocalPublishing(publishing, cmsUrl, log)
  log(`site ready: ${await ready}`)
}

main().catch((error: Error) => {
  log(error instanceof ConfigError ? `configuration error: ${error.message}` : error.stack || error.message)
  process.exit(1)
})
