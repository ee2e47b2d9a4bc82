/**
 * Runs the site build command (a shell command line, so operators can write
 * `npm run build:site` or `node my-build.mjs`) with its output folder in the environment.
 */
import { spawn } from 'node:child_process'

import { buildEnvironment } from '../settings'
import { forEachLine } from './output-lines'

interface BuildCommandOptions {
  command: string
  outDir: string
  cwd: string
  env?: Record<string, string | undefined>
  timeoutMs: number
  /** Aborting stops the build (the worker is shutting down). */
  signal?: AbortSignal
  /** Receives each line the build prints. */
  log: (line: string) => void
  /** Receives the process (group) id once the command runs. */
  onSpawn?: (pid: number) => void
}

const TAIL_LINES = 20

export function runBuildCommand(options: BuildCommandOptions): Promise<void> {
  // SITE_DIST_DIR is what the Astro site reads today; SITE_OUT_DIR is the name this protocol uses.
  const env = buildEnvironment({
    ...options.env,
    SITE_OUT_DIR: options.outDir,
    SITE_DIST_DIR: options.outDir,
  })
  const tail: string[] = []
  const remember = (line: string) => {
    options.log(line)
    tail.push(line)
    if (tail.length > TAIL_LINES) tail.shift()
  }

  return new Promise((resolve, reject) => {
    // Its own process group, so a timeout stops npm and everything npm started.
    const child = spawn(options.command, {
      shell: true,
      cwd: options.cwd,
      env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    if (child.pid) options.onSpawn?.(child.pid)
    const stopGroup = () => {
      try {
        if (child.pid) process.kill(-child.pid, 'SIGKILL')
      } catch {
        // Already gone.
      }
    }
    let timedOut = false
    const timer = setTimeout(() => {
      timedOut = true
      stopGroup()
    }, options.timeoutMs)
    // The signal lives as long as the worker: a listener left per build would pile up.
    const settled = () => {
      clearTimeout(timer)
      options.signal?.removeEventListener('abort', stopGroup)
    }
    options.signal?.addEventListener('abort', stopGroup, { once: true })
    forEachLine([child.stdout, child.stderr], remember)
    child.on('error', (error) => {
      settled()
      reject(new Error(`cannot run "${options.command}": ${error.message}`))
    })
    child.on('close', (code, signal) => {
      settled()
      if (code === 0) return resolve()
      const how = timedOut
        ? `timed out after ${options.timeoutMs / 1000} s`
        : (signal ?? `exit ${code}`)
      reject(
        new Error(`build command failed (${how})${tail.length ? `:\n${tail.join('\n')}` : ''}`),
      )
    })
  })
}
