/**
 * One build from start to live: build into the staging folder, validate it, move it into place as
 * a new release, mark it complete, switch `current` to it, prune old releases. Any failure leaves
 * `current` where it was and moves the refused folder aside as `failed-<id>`.
 */
import { mkdir, rename, rm } from 'node:fs/promises'
import path from 'node:path'

import { type BuildProblem, readBuildProblems } from '../releases/build-problems'
import { filesGoneSince, isPartialBuild } from '../releases/changes'
import {
  createLayeredRelease,
  isMissing,
  markComplete,
  newReleaseId,
  pruneReleases,
  readCurrent,
  readReleaseInfo,
  releasePath,
  setAsideFailed,
  switchCurrent,
} from '../releases/store'
import { runBuildCommand } from '../builder/run-build'
import { type BuildRecord } from './state-store'
import { rememberBase, validateRelease } from '../releases/validate'

interface BuildReleaseOptions {
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
  /** Runs `fn` with no other switch of `current` in between (takedown releases switch too). */
  exclusive?: <T>(fn: () => Promise<T>) => Promise<T>
  /** Receives the build command's process group id, and null when it has ended. */
  onBuildProcess?: (pid: number | null) => void
  /**
   * The last change to a validated release before it goes live (re-applying takedowns); returns
   * how many HTML pages it removed.
   */
  beforeSwitch?: (releaseDir: string) => Promise<number>
}

const MAX_ERROR_CHARS = 4000

/** Where every build writes before its folder becomes a release. */
export const stagingPath = (dir: string) => path.join(dir, '.staging')

/**
 * Old releases go once the new one is live. Failing to remove them (a disk error, a folder that
 * cannot be deleted) is logged and retried at the next switch: the build itself succeeded, and
 * treating it as failed would set the live release aside.
 */
export async function removeOldReleases(dir: string, keep: number, log: (line: string) => void) {
  const report = (error: Error) => log(`old releases: ${error.message} (kept)`)
  try {
    return await pruneReleases(dir, keep, { report })
  } catch (error) {
    report(error as Error)
    return []
  }
}

/** One site build from start to live: build, check, switch `current`, prune old releases. */
export async function buildRelease(
  options: BuildReleaseOptions,
  reason: string,
): Promise<BuildRecord> {
  const { releasesDir: dir, log } = options
  const exclusive = options.exclusive ?? ((fn) => fn())
  const started = Date.now()
  // Every build writes to the same staging folder, then moves it into place: the output folder
  // is part of Astro's config, and a new one each time would void its content store and Vite's
  // dependency cache, making every build a full one.
  const staging = stagingPath(dir)
  // The id is taken when the release moves into place, under the same lock as takedowns: ids
  // then follow the order releases went live in, and never collide with a takedown release's.
  let id = ''
  let pages: number | null = null
  let problems: BuildProblem[] = []
  log(`build started (${reason})`)
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
        log: (line) => log(`[build] ${line}`),
        signal: options.signal,
        onSpawn: options.onBuildProcess,
      }).finally(() => options.onBuildProcess?.(null))
    }
    const built = Date.now()
    problems = await readBuildProblems(staging)
    const live = await readCurrent(dir)
    const previous = live ? await readReleaseInfo(dir, live) : null
    const check = (releaseDir: string) =>
      validateRelease(releaseDir, {
        minPages: options.minPages,
        previousPages: previous?.pages ?? null,
        canary: options.canary,
      })
    // A build that rendered only what changed is laid over the live release: the work of going
    // live grows with the change, not with the archive.
    const partial = live !== null && (await isPartialBuild(staging))
    const gone = partial ? await filesGoneSince(releasePath(dir, live), staging) : []
    const validation = partial ? null : await check(staging)
    pages = validation?.pages ?? null
    if (validation && !validation.ok)
      throw new Error(`validation refused the release: ${validation.problems.join('; ')}`)
    const { switched, removed } = await exclusive(async () => {
      id = await newReleaseId(dir)
      let checked = validation
      if (partial) {
        // The live release now: a takedown may have followed the one the build compared with.
        const on = (await readCurrent(dir)) ?? live
        const made = await createLayeredRelease({
          dir,
          live: on,
          id,
          changes: staging,
          removed: gone,
        })
        if (made.ignored.length)
          log(`release ${id}: not site paths, not removed: ${made.ignored.join(', ')}`)
        checked = await check(releasePath(dir, id))
        pages = checked.pages
        if (!checked.ok)
          throw new Error(`validation refused the release: ${checked.problems.join('; ')}`)
      } else {
        await rename(staging, releasePath(dir, id))
      }
      const takenDown = (await options.beforeSwitch?.(releasePath(dir, id))) ?? 0
      pages = checked!.pages - takenDown
      await markComplete(dir, { id, pages, builtAt: new Date().toISOString(), reason })
      await switchCurrent(dir, id)
      const switched = Date.now()
      // The next publish lays its pages over this one: list its files now, not on that clock.
      if (!partial) rememberBase(releasePath(dir, id), log)
      return { switched, removed: await removeOldReleases(dir, options.keep, log) }
    })
    const seconds = (from: number, to: number) => `${((to - from) / 1000).toFixed(1)} s`
    log(
      `release ${id} is live${partial ? ` (changed files over ${live}, ${gone.length} removed)` : ''}: ${pages} pages in ${seconds(started, switched)} ` +
        `(build ${seconds(started, built)}, checks and switch ${seconds(built, switched)})` +
        (removed.length ? `; removed old release(s) ${removed.join(', ')}` : ''),
    )
    // The duration is publish-to-live: pruning old releases happens after the site has switched.
    return record('ok', undefined, switched)
  } catch (error) {
    // A build that failed part-way is kept as failed-<id> for inspection, like a refused one.
    await exclusive(async () => {
      id ||= await newReleaseId(dir)
      try {
        await rename(staging, releasePath(dir, id))
      } catch (renameError) {
        // Missing: the build failed before writing anything, or after its folder moved into place.
        if (!isMissing(renameError)) throw renameError
      }
      await setAsideFailed(dir, id)
    })
    const message = (error as Error).message
    log(`build ${id} FAILED, the live site is unchanged: ${message}`)
    return record('failed', message.slice(0, MAX_ERROR_CHARS))
  }

  function record(
    result: BuildRecord['result'],
    error?: string,
    finished = Date.now(),
  ): BuildRecord {
    return {
      id,
      result,
      reason,
      startedAt: new Date(started).toISOString(),
      finishedAt: new Date(finished).toISOString(),
      durationMs: finished - started,
      pages,
      problems,
      ...(error ? { error } : {}),
    }
  }
}
