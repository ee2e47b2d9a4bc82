/**
 * Runs site builds in one long-lived child (../site-builder.ts) instead of a new process per
 * build. The child is replaced after a failed build, after `maxBuilds` builds (bounding whatever
 * Astro keeps in memory), or if the output folder changes.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import path from 'node:path'

import { buildEnvironment } from '../settings'
import { forEachLine } from './output-lines'
import { ownWorkDir } from './own-work-dir'

type Message = { type: 'ready' } | { type: 'built'; ok: boolean; error?: string }

export interface WarmBuilder {
  build(outDir: string, options: { timeoutMs: number; signal?: AbortSignal }): Promise<void>
  close(): void
}

const SITE_BUILDER = path.join(import.meta.dirname, '..', 'site-builder.ts')

/** How V8 ends a process that ran out of heap: the hint then names the setting to raise. */
const OUT_OF_HEAP = /heap out of memory|Reached heap limit/

export function createWarmBuilder({
  cwd,
  env = {},
  heapMb,
  profileDir,
  log,
  maxBuilds = 25,
  script = SITE_BUILDER,
}: {
  cwd: string
  env?: Record<string, string | undefined>
  /** The builder's JavaScript heap limit, in MB; Node's own when unset. */
  heapMb?: number
  /** Where the builder writes a V8 CPU profile of each build; none when unset. */
  profileDir?: string
  log: (line: string) => void
  maxBuilds?: number
  /** The builder program, absolute or relative to `cwd` (tests use a small stand-in). */
  script?: string
}): WarmBuilder {
  let child: ChildProcess | null = null
  let ready: Promise<void> = Promise.resolve()
  let builds = 0
  let childOutDir = ''
  let outOfHeap = false

  const stop = () => {
    child?.kill('SIGKILL')
    child = null
  }

  function start(outDir: string) {
    const heap = heapMb ? [`--max-old-space-size=${heapMb}`] : []
    const profile = profileDir ? [profileDir] : []
    const started = spawn(process.execPath, [...heap, script, ownWorkDir(outDir), ...profile], {
      cwd,
      env: buildEnvironment({ ...env, SITE_DIST_DIR: outDir, SITE_OUT_DIR: outDir }),
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    })
    forEachLine([started.stdout!, started.stderr!], (line) => {
      if (OUT_OF_HEAP.test(line)) outOfHeap = true
      log(line)
    })
    started.on('exit', () => child === started && (child = null))
    child = started
    outOfHeap = false
    childOutDir = outDir
    builds = 0
    ready = new Promise((resolve, reject) => {
      started.once('message', (m: Message) =>
        m.type === 'ready' ? resolve() : reject(new Error('site builder: unexpected message')),
      )
      started.once('exit', (code) =>
        reject(new Error(`the site builder stopped (exit ${code}) before it was ready`)),
      )
    })
  }

  async function build(
    outDir: string,
    { timeoutMs, signal }: { timeoutMs: number; signal?: AbortSignal },
  ) {
    if (!child || builds >= maxBuilds || childOutDir !== outDir) {
      stop()
      start(outDir)
    }
    await ready
    builds++
    const running = child!
    await new Promise<void>((resolve, reject) => {
      // The signal lives as long as the worker: a listener left per build would pile up.
      const settled = () => {
        clearTimeout(timer)
        signal?.removeEventListener('abort', onAbort)
      }
      const fail = (error: Error) => {
        settled()
        stop()
        reject(error)
      }
      const timer = setTimeout(
        () => fail(new Error(`the build took longer than ${timeoutMs / 1000} s`)),
        timeoutMs,
      )
      const onExit = (code: number | null, signal: NodeJS.Signals | null) => {
        const hint = outOfHeap
          ? `: it ran out of memory (${heapMb} MB); raise SITE_BUILD_HEAP_MB`
          : ''
        fail(
          new Error(
            `the site builder stopped (${signal ?? `exit ${code}`}) during the build${hint}`,
          ),
        )
      }
      const onAbort = () => fail(new Error('the build was stopped'))
      running.once('exit', onExit)
      signal?.addEventListener('abort', onAbort, { once: true })
      running.once('message', (m: Message) => {
        settled()
        running.off('exit', onExit)
        if (m.type === 'built' && m.ok) return resolve()
        fail(
          new Error(
            m.type === 'built'
              ? `the site build failed: ${m.error}`
              : 'site builder: unexpected message',
          ),
        )
      })
      running.send({ type: 'build' })
    })
  }

  return { build, close: stop }
}
