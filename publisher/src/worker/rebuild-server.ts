/**
 * The rebuild worker: an HTTP service on loopback (the CMS runs on the same server) that turns
 * signed deliveries into coalesced builds, each validated before `current` switches to it.
 *
 * Takedowns (a page leaving the public site) do not wait for a build: the worker switches at once
 * to a layered release that removes that page (takedown.ts), then builds as usual. A build
 * that was already running when a takedown came in may have read the page, so the takedown is
 * applied again to its release before that one goes live. A takedown is kept (in state.json)
 * until a full build that started after it has gone live; until then it is applied to every
 * release that switches in, and again at start. Every switch of `current` goes through one lock.
 */
import { createServer } from 'node:http'
import { type AddressInfo } from 'node:net'
import path from 'node:path'

import { DEFAULTS, rootDir } from '../settings'
import { createBuildQueue } from './build-queue'
import { buildRelease, removeOldReleases, stagingPath } from './build-release'
import { createRebuildRoutes } from './rebuild-routes'
import type { PreviewAnswer, PreviewRequest } from '../preview/preview-renderer'
import { currentLink, ensureReleasesDir, pruneReleases, readCurrent } from '../releases/store'
import { type BuildRecord, StateStore, type Takedown } from './state-store'
import { forgetBuildProcess, noteBuildProcess, stopOrphanBuild } from '../builder/orphan-build'
import { describeTakedowns, makeTakedownRelease, removeDocuments } from '../releases/takedown'
import { createWarmBuilder } from '../builder/warm-builder'
import { createSearchIndexer, removeFromSearch } from '../search/search-index'

export interface RebuildWorkerOptions {
  secret: string
  releasesDir: string
  buildCommand: string
  /** Build in a long-lived process that keeps Astro loaded (site-builder.ts). */
  warmBuild?: boolean
  /** The warm builder's JavaScript heap limit, in MB. */
  buildHeapMb?: number
  /** A folder for a CPU profile of each warm build (SITE_BUILD_PROFILE_DIR). */
  buildProfileDir?: string
  /** Default DEFAULTS.rebuildPort; 0 picks a free port. */
  port?: number
  host?: string
  cwd?: string
  buildEnv?: Record<string, string | undefined>
  buildTimeoutMs?: number
  canary?: string
  minPages?: number
  /** How many validated releases to keep (the live one is always kept too). */
  keep?: number
  /** First wait before a failed build is tried again (doubling each time); default 5 s. */
  retryDelayMs?: number
  /** Longest wait between tries; default 5 minutes. */
  maxRetryDelayMs?: number
  log?: (line: string) => void
  /** Renders drafts for the CMS's preview (`POST /preview`); without it previews answer 503. */
  preview?: (request: PreviewRequest) => Promise<PreviewAnswer>
  /** Clock in ms, for delivery freshness and the replay window. */
  now?: () => number
}

export interface WorkerStatus {
  state: 'idle' | 'building'
  /** A build starts as soon as the running one ends. */
  pending: boolean
  /** The last build failed; it is tried again at `at` (ISO). */
  retry: { attempt: number; at: string } | null
  last: BuildRecord | null
  current: string | null
  /** Pages kept off the live site until a full build that started after them goes live. */
  takedowns: Takedown[]
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
  const reportPrune = (error: Error) => log(`old releases: ${error.message} (kept)`)
  await ensureReleasesDir(dir)
  const orphan = await stopOrphanBuild(dir)
  if (orphan) log(`stopped build process group ${orphan}, left running by the previous worker`)
  // Folders left by a build that was cut short (crash, power loss) are never valid releases.
  await pruneReleases(dir, keep, { report: reportPrune })
  const store = new StateStore(dir, now, log)
  const stop = new AbortController()
  const search = createSearchIndexer(dir, log, stop.signal)
  // Told where the live release is, a site build renders only the pages that differ from it.
  const buildEnv = { ...options.buildEnv, SITE_LIVE_DIR: currentLink(dir) }
  const warm = options.warmBuild
    ? createWarmBuilder({
        cwd: options.cwd ?? rootDir,
        env: buildEnv,
        heapMb: options.buildHeapMb ?? DEFAULTS.buildHeapMb,
        profileDir: options.buildProfileDir,
        log: (line) => log(`[build] ${line}`),
      })
    : null

  // One switch of `current` at a time: a takedown release and a finished build never interleave.
  let switching: Promise<unknown> = Promise.resolve()
  const exclusive = <T>(fn: () => Promise<T>): Promise<T> => {
    const run = switching.then(fn)
    switching = run.catch(() => {})
    return run
  }
  const about = describeTakedowns

  /** Takes every pending takedown off the live release; a no-op for pages already gone. */
  const takeDown = () => {
    const started = now()
    return exclusive(async () => {
      const made = await makeTakedownRelease(dir, store.takedowns, { now: now(), log })
      // Search fragments are keyed by article id, and `<collection>:<id>` for other collections.
      const keys = store.takedowns.flatMap((t) =>
        t.collection === 'articles'
          ? [String(t.id)]
          : ['wanted-notices', 'documents'].includes(t.collection)
            ? [`${t.collection}:${t.id}`]
            : [],
      )
      const unindexed = await removeFromSearch(dir, keys)
      if (unindexed)
        log(`search: ${unindexed} record(s) of ${about(store.takedowns)} removed from the index`)
      if (!made) return
      log(
        `release ${made.id} is live without ${about(store.takedowns)} in ${now() - started} ms ` +
          `(${made.removed.length} file(s) removed from release ${made.from}); a build follows`,
      )
      await removeOldReleases(dir, keep, log)
    }).catch((error: Error) => {
      log(`takedown of ${about(store.takedowns)} FAILED, the next build removes it: ${error.stack}`)
    })
  }

  // Counts requests, so a build knows whether one came in while it ran (then a build is still owed).
  let requests = 0
  const request = (reason: string) => {
    requests++
    store.requestBuild(reason)
    queue.request(reason)
  }

  const build = async (reason: string): Promise<boolean> => {
    if (stop.signal.aborted) return true
    const requestsAtStart = requests
    // Takedowns known now are covered by this build: it reads the CMS after their change.
    const covered = new Set(store.takedowns.map((t) => t.key))
    const record = await buildRelease(
      {
        releasesDir: dir,
        buildCommand: options.buildCommand,
        build: warm?.build,
        cwd: options.cwd ?? rootDir,
        buildEnv,
        buildTimeoutMs: options.buildTimeoutMs ?? 30 * 60 * 1000,
        canary: options.canary,
        minPages: options.minPages ?? DEFAULTS.minPages,
        keep,
        log,
        signal: stop.signal,
        onBuildProcess: (pid) =>
          pid ? noteBuildProcess(dir, pid, stagingPath(dir)) : forgetBuildProcess(dir),
        exclusive,
        beforeSwitch: async (releaseDir) => {
          const late = store.takedowns.filter((t) => !covered.has(t.key))
          if (!late.length) return 0
          const removal = await removeDocuments(releaseDir, late)
          const release = path.basename(releaseDir)
          log(
            removal
              ? `release ${release}: ${about(late)} taken down again (${removal.removed.length} ` +
                  'file(s)), requested while it was building'
              : `release ${release} has no .pages.json: ${about(late)} stays until the next build`,
          )
          return removal?.pages ?? 0
        },
      },
      reason,
    )
    store.recordBuild(record)
    if (record.result !== 'ok') return stop.signal.aborted
    search.request()
    store.clearTakedowns(covered)
    if (requests === requestsAtStart) store.buildDone()
    return true
  }

  const queue = createBuildQueue(build, {
    onError: (error) => log(`build error: ${error.stack ?? error.message}`),
    retryDelayMs: options.retryDelayMs,
    maxRetryDelayMs: options.maxRetryDelayMs,
    signal: stop.signal,
  })

  const status = async (): Promise<WorkerStatus> => ({
    state: queue.building ? 'building' : 'idle',
    pending: queue.pending,
    retry: queue.retry && {
      attempt: queue.retry.attempt,
      at: new Date(queue.retry.at).toISOString(),
    },
    last: store.last,
    current: await readCurrent(dir),
    takedowns: [...store.takedowns],
  })

  const takedown = (takedown: Takedown) => {
    store.addTakedown(takedown)
    void takeDown()
  }

  const server = createServer(
    createRebuildRoutes({
      secret: options.secret,
      now,
      store,
      request,
      takedown,
      pending: () => queue.pending,
      status,
      preview: options.preview,
      log,
    }),
  )
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? DEFAULTS.rebuildPort, options.host ?? '127.0.0.1', () =>
      resolve(),
    )
  })
  const { port, address } = server.address() as AddressInfo

  // Work left by the previous run: takedowns first (seconds), then the build it owed.
  if (store.takedowns.length) await takeDown()
  if (store.pendingBuild !== null || store.takedowns.length) {
    request(
      `${store.pendingBuild ?? `takedown of ${about(store.takedowns)}`} (resumed after a restart)`,
    )
  }

  return {
    url: `http://${address}:${port}`,
    port,
    requestBuild: request,
    status,
    async idle() {
      await queue.idle()
      await switching
      await search.idle()
    },
    async close() {
      stop.abort()
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
      await queue.idle()
      await switching
      await search.idle()
      warm?.close()
    },
  }
}
