import path from 'node:path'

import { readPublisherSettings } from '@bantin/publisher/settings'

import { type CmsEnv, ConfigError, type Env, resolveSecret, rootDir } from '../../cms/env'
import { createDelivery, rebuildSecretProblem } from '../../content-types/rebuild-webhook'
import { supervisedBy } from '../../content-types/supervisor'
import { isNotServing, startChild, waitForHttp } from './processes'
import { readScriptSettings } from './settings'
import { supervise } from './supervisor'

/** The one REBUILD_SECRET rule (content-types/rebuild-webhook.ts), for a stored or given secret. */
function checkRebuildSecret(secret: string, source: string): string {
  if (rebuildSecretProblem(secret)) {
    throw new ConfigError(
      `${source} is too short: use at least 32 characters (openssl rand -hex 32)`,
    )
  }
  return secret
}

/**
 * The single-server setup npm start runs: the rebuild worker and the live site beside the CMS.
 * Left out when REBUILD_WEBHOOK_URL points elsewhere (a CI builds the site) or LOCAL_REBUILD_WORKER=false.
 * `env` is the environment npm start was given: the publisher child inherits it.
 */
export function planLocalPublishing(cms: CmsEnv, env: Env) {
  const settings = readScriptSettings(env)
  if (!settings.localRebuildWorker || cms.rebuild.webhook) return null
  const secret = resolveSecret(env, cms.dataDir, {
    generate: !cms.production,
    variable: 'REBUILD_SECRET',
    file: 'rebuild-secret',
    check: checkRebuildSecret,
  })
  const worker = readPublisherSettings({ ...env, REBUILD_SECRET: secret })
  return {
    worker,
    env,
    site: settings.site,
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

/** The part of the worker's GET /status read here. */
interface WorkerStatus {
  state: string
  pending: boolean
  current: string | null
  last: { id: string; result: string; error?: string } | null
  /** When the worker tries a failed build again by itself (absent from a worker that does not). */
  retry?: { attempt: number; at: string } | null
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Where to reach a server that listens on `host` from this machine. */
function localAddress(host: string, port: number) {
  if (host === '0.0.0.0' || host === '::') return `http://127.0.0.1:${port}`
  return host.includes(':') ? `http://[${host}]:${port}` : `http://${host}:${port}`
}

/**
 * Runs the publisher (publisher/src/main.ts: the rebuild worker and the live-site server) as
 * a child of its own, restarted if it dies, so that neither it nor the CMS takes the other down.
 * Resolves once it serves: the last release at once, or its 503 page before the first build.
 */
export async function startLocalPublishing(
  plan: Plan,
  cmsUrl: string,
  log: (line: string) => void,
) {
  const { worker } = plan
  const workerUrl = `http://127.0.0.1:${worker.rebuildPort}`
  const siteUrl = `http://localhost:${worker.sitePort}`
  // Next's types make NODE_ENV required in ProcessEnv; an inherited environment may lack it.
  const env = {
    ...(plan.env as NodeJS.ProcessEnv),
    REBUILD_SECRET: plan.cmsEnv.REBUILD_SECRET,
    CMS_URL: plan.site.cmsUrl ?? cmsUrl,
    SITE_URL: plan.site.siteUrl ?? siteUrl,
    // Astro's content store and image cache belong to this install's data: shared with another
    // checkout or test build, a different CMS or site URL would clear it and make builds full ones.
    SITE_CACHE_DIR: plan.site.cacheDir ?? path.join(plan.dataDir, 'site-cache'),
  }

  const readStatus = async (): Promise<WorkerStatus> => {
    const res = await fetch(`${workerUrl}/status`)
    if (!res.ok) throw new Error(`the rebuild worker's status answered ${res.status}`)
    return (await res.json()) as WorkerStatus
  }

  /** A signed rebuild request, exactly as the CMS sends one. */
  const requestBuild = async (reason: string) => {
    const delivery = createDelivery(worker.secret, {
      reason,
      requestedAt: new Date().toISOString(),
    })
    const res = await fetch(`${workerUrl}/rebuild`, {
      method: 'POST',
      headers: delivery.headers,
      body: delivery.body,
    })
    if (res.status !== 202)
      throw new Error(`the rebuild worker refused a build: ${res.status} ${await res.text()}`)
  }

  await supervise(
    {
      name: 'the publisher (rebuild worker and public site)',
      meanwhile:
        'The public site is down until it is back; the admin keeps working, and what is ' +
        'published meanwhile is built once it is back',
      // Node with tsx's loader, not the tsx CLI: the CLI would be one more process between us and
      // the worker, relaying signals.
      start: () =>
        startChild(process.execPath, ['--import', 'tsx', 'publisher/src/main.ts'], {
          cwd: rootDir,
          env: { ...env, ...supervisedBy(process.pid) },
          stdio: ['ignore', 'pipe', 'pipe'],
        }),
      ready: async (signal) => {
        await waitForHttp(`${workerUrl}/status`, { signal, accept: (status) => status === 200 })
        // Before the first build the site answers 503 (its "not published yet" page): serving.
        await waitForHttp(localAddress(worker.siteHost, worker.sitePort), {
          signal,
          accept: () => true,
        })
      },
      ports: [
        { port: worker.rebuildPort, host: '127.0.0.1' },
        { port: worker.sitePort, host: worker.siteHost },
      ],
      // A build that was running when it died is asked for again; so is what was published while
      // it was down (the CMS's deliveries meanwhile may have given up).
      onRestart: () => requestBuild('the publisher restarted'),
    },
    log,
  )

  /** Waits for the first release; a failed first build is fatal only if the worker will not retry. */
  async function firstRelease(lastBefore: string | undefined): Promise<void> {
    let reported = lastBefore
    for (;;) {
      await sleep(500)
      let status: WorkerStatus
      try {
        status = await readStatus()
      } catch (error) {
        // The publisher is being restarted; its restart asks for the build again.
        if (isNotServing(error)) continue
        throw error
      }
      if (status.current) return
      const { last } = status
      if (!last || last.id === reported || last.result !== 'failed') continue
      const why = last.error ?? 'unknown error'
      if (status.retry) {
        // The CMS stays up so that what is wrong can be fixed in it.
        reported = last.id
        log(
          `the first site build failed (${why}); the worker tries again at ${status.retry.at}, ` +
            'and until one succeeds the site answers 503',
        )
      } else if (status.state === 'idle' && !status.pending) {
        throw new Error(`the first site build failed: ${why}`)
      }
    }
  }

  return {
    siteUrl,
    /**
     * Asks for a build from the CMS (call once the CMS serves). On the first start resolves once
     * that build is live; later starts serve the last release at once and refresh it behind.
     */
    async buildFromCms(): Promise<string> {
      const before = await readStatus()
      await requestBuild('npm start')
      if (!before.current) await firstRelease(before.last?.id)
      return siteUrl
    },
  }
}
