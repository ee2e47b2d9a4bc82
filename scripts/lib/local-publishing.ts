import path from 'node:path'

import { type CmsEnv, resolveSecret } from '../../cms/env'
import { readCurrent } from '../worker/releases'
import { readWorkerSettings } from '../worker/settings'
import { startPublishing } from '../worker/start-publishing'

/**
 * The single-server setup npm start runs: the rebuild worker and the live site beside the CMS.
 * Left out when REBUILD_WEBHOOK_URL points elsewhere (a CI builds the site) or LOCAL_REBUILD_WORKER=false.
 */
export function planLocalPublishing(cms: CmsEnv, env = process.env) {
  if (env.LOCAL_REBUILD_WORKER === 'false' || env.REBUILD_WEBHOOK_URL) return null
  const secret = resolveSecret(env, cms.dataDir, { generate: !cms.production, variable: 'REBUILD_SECRET', file: 'rebuild-secret' })
  const worker = readWorkerSettings({ ...env, REBUILD_SECRET: secret })
  return {
    worker,
    dataDir: cms.dataDir,
    /** What the CMS needs to send its rebuild requests to this worker. */
    cmsEnv: {
      REBUILD_SECRET: secret,
      REBUILD_WEBHOOK_URL: `http://127.0.0.1:${worker.rebuildPort}/rebuild`,
      REBUILD_STATUS_URL: `http://127.0.0.1:${worker.rebuildPort}/status`,
    },
  }
}

type Plan = NonNullable<ReturnType<typeof planLocalPublishing>>

/**
 * Starts the worker and the site server, then builds from the CMS: on the first start the caller
 * waits for that build; later starts serve the last release at once and refresh it behind.
 */
export async function startLocalPublishing(plan: Plan, cmsUrl: string, log: (line: string) => void) {
  process.env.CMS_URL ||= cmsUrl
  process.env.SITE_URL ||= `http://localhost:${plan.worker.sitePort}`
  // Astro's content store and image cache belong to this install's data: shared with another
  // checkout or test build, a different CMS or site URL would clear it and make builds full ones.
  process.env.SITE_CACHE_DIR ||= path.join(plan.dataDir, 'site-cache')
  const publishing = await startPublishing(plan.worker, { log })
  const firstBuild = !(await readCurrent(plan.worker.releasesDir))
  publishing.worker.requestBuild('npm start')
  const siteUrl = `http://localhost:${plan.worker.sitePort}`
  if (!firstBuild) return { publishing, ready: Promise.resolve(siteUrl) }
  const ready = publishing.worker.idle().then(async () => {
    const { last } = await publishing.worker.status()
    if (last?.result !== 'ok') throw new Error(`the first site build failed: ${last?.error ?? 'unknown error'}`)
    return siteUrl
  })
  return { publishing, ready }
}
