/**
 * npm start: migrations, demo content on an empty database, the admin build when its inputs
 * changed, then the CMS at http://localhost:PORT/admin. Ctrl-C stops every child process.
 */
import { existsSync } from 'node:fs'
import path from 'node:path'

import { ConfigError, readEnv, rootDir } from '../cms/env'
import { adminBuildIsCurrent, markAdminBuildCurrent } from './lib/admin-build'
import { openCms } from './lib/open-cms'
import { runToEnd, startChild, stopChildrenOnExit, waitForHttp } from './lib/processes'
const seedDemo = async (..._a: unknown[]) => false

const log = (message: string) => process.stderr.write(`[start] ${message}\n`)
const nextBin = path.join(rootDir, 'node_modules/.bin/next')
const cmsDir = path.join(rootDir, 'cms')

async function prepareDatabase() {
  const payload = await openCms({ logLevel: 'warn' })
  const seeded = await seedDemo(payload, { onlyIfEmpty: true })
  if (seeded) log('empty database: demo content loaded')
  await payload.destroy()
}

async function buildAdminIfNeeded() {
  if (adminBuildIsCurrent(rootDir)) return log('admin build is up to date')
  log('building the admin (first start or changed sources; about a minute)…')
  await runToEnd(nextBin, ['build'], { cwd: cmsDir, detached: false })
  markAdminBuildCurrent(rootDir)
}

async function main() {
  if (existsSync(path.join(rootDir, '.env'))) process.loadEnvFile(path.join(rootDir, '.env'))
  stopChildrenOnExit()
  const env = readEnv()
  const host = process.env.HOST || '127.0.0.1'
  await prepareDatabase()
  await buildAdminIfNeeded()
  const cms = startChild(nextBin, ['start', '--port', String(env.port), '--hostname', host], { cwd: cmsDir })
  cms.on('exit', (code) => {
    log(`the CMS stopped (exit ${code}); stopping`)
    process.exit(code ?? 1)
  })
  await waitForHttp(`http://${host}:${env.port}/api/users/me`)
  log(`CMS ready: ${env.serverUrl}/admin (REST under ${env.serverUrl}/api)`)
}

main().catch((error: Error) => {
  log(error instanceof ConfigError ? `configuration error: ${error.message}` : error.stack || error.message)
  process.exit(1)
})
