/**
 * Runs site builds in one long-lived child (../site-builder.ts) instead of a new process per
 * build. The child is replaced after a failed build, after `maxBuilds` builds (bounding whatever
 * Astro keeps in memory), or if the output folder changes.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import path from 'node:path'

import { ownWorkDir } from './own-work-dir'

type Message = { type: 'ready' } | { type: 'built'; ok: boolean; error?: string }

export interface WarmBuilder {
  build(outDir: string, options: { timeoutMs: number; signal?: AbortSignal }): Promise<void>
  close(): void
}

const SITE_BUILDER = path.join(import.meta.dirname, '..', 'site-builder.ts')

export function createWarmBuilder({ cwd, env = {}, log, maxBuilds = 25, script = SITE_BUILDER }: {
  cwd: string
  env?: Record<string, string | undefined>
  log: (line: string) => void
  maxBuilds?: number
  /** The builder program, absolute or relative to `cwd` (tests use a small stand-in). */
  script?: string
}): WarmBuilder {
  let child: ChildProcess | null = null
  let ready: Promise<void> = Promise.resolve()
  let builds = 0
  let childOutDir = ''

  const stop = () => {
    child?.kill('SIGKILL')
    child = null
  }

  function start(outDir: string) {
    // The build needs no delivery secret; keeping it out of the child keeps it out of build logs.
    const { REBUILD_SECRET: _secret, ...inherited } = { ...process.env, ...env }
    const started = spawn(process.execPath, [script], {
      cwd,
      env: { ...inherited, SITE_DIST_DIR: outDir, SITE_OUT_DIR: outDir, SITE_BUILD_WORK_DIR: ownWorkDir(outDir) },
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    })
    for (const stream of [started.stdout!, started.stderr!]) {
      stream.on('data', (chunk: Buffer) => chunk.toString('utf8').split('\n').filter((l) => l.trim()).forEach(log))
    }
    started.on('exit', () => child === started && (child = null))
    child = started
    childOutDir = outDir
    builds = 0
    ready = new Promise((resolve, reject) => {
      started.once('message', (m: Message) => (m.type === 'ready' ? resolve() : reject(new Error('site builder: unexpected message'))))
      started.once('exit', (code) => reject(new Error(`the site builder stopped (exit ${code}) before it was ready`)))
    })
  }

  async function build(outDir: string, { timeoutMs, signal }: { timeoutMs: number; signal?: AbortSignal }) {
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
      const timer = setTimeout(() => fail(new Error(`the build took longer than ${timeoutMs / 1000} s`)), timeoutMs)
      const onExit = (code: number | null) => fail(new Error(`the site builder stopped (exit ${code}) during the build`))
      const onAbort = () => fail(new Error('the build was stopped'))
      running.once('exit', onExit)
      signal?.addEventListener('abort', onAbort, { once: true })
      running.once('message', (m: Message) => {
        settled()
        running.off('exit', onExit)
        if (m.type === 'built' && m.ok) return resolve()
        fail(new Error(m.type === 'built' ? `the site build failed: ${m.error}` : 'site builder: unexpected message'))
      })
      running.send({ type: 'build' })
    })
  }

  return { build, close: stop }
}
