/**
 * One build from start to live: build into a new release folder, validate it, mark it complete,
 * switch `current` to it, prune old releases. Any failure leaves `current` where it was and
 * moves the refused folder aside as `failed-<id>`.
 */
import { mkdir, rename, rm } from 'node:fs/promises'
import path from 'node:path'

import {
  markComplete,
  newReleaseId,
  pruneReleases,
  readCurrent,
  readReleaseInfo,
  releasePath,
  setAsideFailed,
  switchCurrent,
} from './releases'
import { runBuildCommand } from './run-build'
import { type BuildRecord } from './state-store'
import { validateRelease } from './validate-release'

export interface PublishOptions {
  releasesDir: string
  buildCommand: string
  /** Builds into the given folder in a warm process instead of running `buildCommand`. */
  build?: (outDir: string, options: { timeoutMs: number; signal?: AbortSignal }) => Promise<void>
  /** Where the build command runs (the repository root). */
  cwd: string
  buildEnv?: Record<string, string | undefined>
  buildTimeoutMs: number
  canary?: string
  minPages: number
  keep: number
  log: (line: string) => void
  signal?: AbortSignal
}

const MAX_ERROR_CHARS = 4000

export async function publishRelease(
  options: PublishOptions,
  reason: string,
): Promise<BuildRecord> {
  const { releasesDir: dir, log } = options
  const started = Date.now()
  const id = await newReleaseId(dir, started)
  const outDir = releasePath(dir, id)
  // Every build writes to the same staging folder, then moves it into place: the output folder
  // is part of Astro's config, and a new one each time would void its content store and Vite's
  // dependency cache, making every build a full one.
  const staging = path.join(dir, '.staging')
  let pages: number | null = null
  log(`build ${id} started (${reason})`)
  try {
    await rm(staging, { recursive: true, force: true })
    await mkdir(staging, { recursive: true })
    if (options.build) {
      await options.build(staging, { timeoutMs: options.buildTimeoutMs, signal: options.signal })
    } else {
      await runBuildCommand({
        command: options.buildCommand,
        outDir: staging,
        cwd: options.cwd,
        env: options.buildEnv,
        timeoutMs: options.buildTimeoutMs,
        log: (line) => log(`[build ${id}] ${line}`),
        signal: options.signal,
      })
    }
    await rename(staging, outDir)
    const built = Date.now()
    const live = await readCurrent(dir)
    const previous = live ? await readReleaseInfo(dir, live) : null
    const validation = await validateRelease(outDir, {
      minPages: options.minPages,
      previousPages: previous?.pages ?? null,
      canary: options.canary,
    })
    pages = validation.pages
    if (!validation.ok)
      throw new Error(`validation refused the release: ${validation.problems.join('; ')}`)
    await markComplete(dir, { id, pages, builtAt: new Date().toISOString(), reason })
    await switchCurrent(dir, id)
    const switched = Date.now()
    const removed = await pruneReleases(dir, options.keep)
    const seconds = (from: number, to: number) => `${((to - from) / 1000).toFixed(1)} s`
    log(
      `release ${id} is live: ${pages} pages in ${seconds(started, switched)} ` +
        `(build ${seconds(started, built)}, checks and switch ${seconds(built, switched)})` +
        (removed.length ? `; removed old release(s) ${removed.join(', ')}` : ''),
    )
    // The duration is publish-to-live: pruning old releases happens after the site has switched.
    return record('ok', undefined, switched)
  } catch (error) {
    // A build that failed part-way is kept as failed-<id> for inspection, like a refused one.
    await rename(staging, outDir).catch(() => {})
    await setAsideFailed(dir, id)
    const message = (error as Error).message
    log(`build ${id} FAILED, the live site is unchanged: ${message}`)
    return record('failed', message.slice(0, MAX_ERROR_CHARS))
  }

  function record(result: BuildRecord['result'], error?: string, finished = Date.now()): BuildRecord {
    return {
      id,
      result,
      reason,
      startedAt: new Date(started).toISOString(),
      finishedAt: new Date(finished).toISOString(),
      durationMs: finished - started,
      pages,
      ...(error ? { error } : {}),
    }
  }
}
