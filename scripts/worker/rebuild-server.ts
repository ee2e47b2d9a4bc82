/**
 * The rebuild worker: an HTTP service on loopback (the CMS runs on the same server) that turns
 * signed deliveries into coalesced builds, each validated before `current` switches to it.
 */
import { createServer } from 'node:http'
import { type AddressInfo } from 'node:net'

import { rootDir } from '../../cms/env'
import { createBuildQueue } from './build-queue'
import { publishRelease } from './publish'
import { createRebuildRoutes } from './rebuild-routes'
import { ensureReleasesDir, pruneReleases, readCurrent } from './releases'
import { type BuildRecord, StateStore } from './state-store'
import { createWarmBuilder } from './warm-builder'

export interface RebuildWorkerOptions {
  secret: string
  releasesDir: string
  buildCommand: string
  /** Build in a long-lived process that keeps Astro loaded (scripts/site-builder.ts). */
  warmBuild?: boolean
  /** Default 4322; 0 picks a free port. */
  port?: number
  host?: string
  cwd?: string
  buildEnv?: Record<string, string | undefined>
  buildTimeoutMs?: number
  canary?: string
  minPages?: number
  /** How many validated releases to keep (the live one is always kept too). */
  keep?: number
  log?: (line: string) => void
  /** Clock in ms, for delivery freshness and the replay window. */
  now?: () => number
}

export interface WorkerStatus {
  state: 'idle' | 'building'
  pending: boolean
  last: BuildRecord | null
  current: string | null
}

export interface RebuildWorker {
  url: string
  port: number
  /** Schedules a build without a delivery (e.g. the first build once the CMS is up). */
  requestBuild(reason: string): void
  status(): Promise<WorkerStatus>
  /** Resolves once no build is running or pending. */
  idle(): Promise<void>
  close(): Promise<void>
}

export async function startRebuildWorker(options: RebuildWorkerOptions): Promise<RebuildWorker> {
  const log = options.log ?? ((line: string) => process.stderr.write(`[rebuild] ${line}\n`))
  const now = options.now ?? Date.now
  const dir = options.releasesDir
  const keep = options.keep ?? 5
  await ensureReleasesDir(dir)
  // Folders left by a build that was cut short (crash, power loss) are never valid releases.
  await pruneReleases(dir, keep)
  const store = new StateStore(dir, now, log)
  const stop = new AbortController()
  const warm = options.warmBuild
    ? createWarmBuilder({ cwd: options.cwd ?? rootDir, env: options.buildEnv, log: (line) => log(`[build] ${line}`) })
    : null

  const queue = createBuildQueue(
    async (reason) => {
      if (stop.signal.aborted) return
      const record = await publishRelease(
        {
          releasesDir: dir,
          buildCommand: options.buildCommand,
          build: warm?.build,
          cwd: options.cwd ?? rootDir,
          buildEnv: options.buildEnv,
          buildTimeoutMs: options.buildTimeoutMs ?? 30 * 60 * 1000,
          canary: options.canary,
          minPages: options.minPages ?? 1,
          keep,
          log,
          signal: stop.signal,
        },
        reason,
      )
      store.recordBuild(record)
    },
    (error) => log(`build error: ${error.stack ?? error.message}`),
  )

  const status = async (): Promise<WorkerStatus> => ({
    state: queue.building ? 'building' : 'idle',
    pending: queue.pending,
    last: store.last,
    current: await readCurrent(dir),
  })

  const server = createServer(
    createRebuildRoutes({ secret: options.secret, now, store, queue, status, log }),
  )
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 4322, options.host ?? '127.0.0.1', () => resolve())
  })
  const { port, address } = server.address() as AddressInfo

  return {
    url: `http://${address}:${port}`,
    port,
    requestBuild: (reason) => queue.request(reason),
    status,
    idle: () => queue.idle(),
    async close() {
      stop.abort()
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
      await queue.idle()
      warm?.close()
    },
  }
}
