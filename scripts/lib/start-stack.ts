import { type ChildProcess, spawn } from 'node:child_process'
import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { freePort } from './free-port'
import { inheritedEnv } from './settings'
import type { NewUser } from './user-input'

const root = path.resolve(import.meta.dirname, '../..')
const tsx = path.join(root, 'node_modules/.bin/tsx')

// Settings a developer's shell may carry that would point the stack away from its temp folder,
// or hand it a secret that a fresh install is expected to generate itself.
const INHERITED = [
  'PAYLOAD_SECRET',
  'DATABASE_URL',
  'MEDIA_DIR',
  'SERVER_URL',
  'CMS_URL',
  'SITE_URL',
  'REBUILD_SECRET',
  'REBUILD_WEBHOOK_URL',
  'LOCAL_REBUILD_WORKER',
]

/** What user:create is given: its options, and the password as USER_PASSWORD. */
export type NewStackUser = NewUser & { password: string }

export interface TestStack {
  /** npm start's own process (start.ts): the supervisor of the CMS and the publisher. */
  pid: number
  dataDir: string
  port: number
  sitePort: number
  /** Where the CMS listens; its REST API answers here. */
  cmsUrl: string
  siteUrl: string
  /** The rebuild worker (GET /status). */
  workerUrl: string
  /** Everything `npm start` printed so far. */
  output: () => string
  /** `npm run user:create` on the stack's data folder, the password given as USER_PASSWORD. */
  createUser: (user: NewStackUser) => Promise<void>
  /** Ctrl-C, then waits (bounded) until `npm start` has exited. */
  stop: (timeoutMs?: number) => Promise<void>
  /** Stops it if it still runs and deletes the data folder. */
  remove: () => Promise<void>
}

const running = (child: ChildProcess) => child.exitCode === null && child.signalCode === null

function waitForExit(child: ChildProcess, timeoutMs: number): Promise<void> {
  if (!running(child)) return Promise.resolve()
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`npm start still ran ${timeoutMs / 1000} s after Ctrl-C`)),
      timeoutMs,
    )
    child.once('exit', () => {
      clearTimeout(timer)
      resolve()
    })
  })
}

function waitForLine(child: ChildProcess, output: () => string, line: string, timeoutMs: number) {
  return new Promise<void>((resolve, reject) => {
    const done = (error?: Error) => {
      clearInterval(poll)
      clearTimeout(deadline)
      child.off('exit', onExit)
      if (error) reject(error)
      else resolve()
    }
    const poll = setInterval(() => output().includes(line) && done(), 200)
    const fail = (why: string) => done(new Error(`${why}:\n${output()}`))
    const deadline = setTimeout(() => fail(`no "${line}" in ${timeoutMs / 1000} s`), timeoutMs)
    const onExit = (code: number | null) => fail(`npm start exited early (${code})`)
    child.once('exit', onExit)
  })
}

function runScript(args: string[], env: NodeJS.ProcessEnv, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(tsx, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (d) => (output += d))
    child.stderr.on('data', (d) => (output += d))
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
    child.once('exit', (code, signal) => {
      clearTimeout(timer)
      if (code === 0) resolve()
      else reject(new Error(`${args.join(' ')} failed (${signal ?? `exit ${code}`}):\n${output}`))
    })
  })
}

/**
 * The README's `npm start` on an empty temporary data folder and free loopback ports, as a new
 * user would run it; resolves once it says the public site is served.
 */
export async function startStack({
  timeoutMs = 400_000,
  copyData,
  databaseUrl,
  ports,
}: {
  timeoutMs?: number
  /** CMS, site and rebuild-worker ports, when a test must stay inside a given range; else free ones. */
  ports?: [number, number, number]
  copyData?: string
  /** A database to use instead of the data folder's SQLite file (e.g. postgres://…); given on purpose, unlike an inherited DATABASE_URL. */
  databaseUrl?: string
} = {}): Promise<TestStack> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'bantin-stack-'))
  // A data folder made earlier (e.g. 10,000 generated articles), copied so it stays as it was.
  if (copyData)
    cpSync(copyData, dataDir, {
      recursive: true,
      filter: (source) => path.basename(source) !== 'releases',
    })
  const [port, sitePort, rebuildPort] = ports ?? [
    await freePort(),
    await freePort(),
    await freePort(),
  ]
  const env: NodeJS.ProcessEnv = {
    ...inheritedEnv(),
    DATA_DIR: dataDir,
    PORT: String(port),
    HOST: '127.0.0.1',
    SITE_PORT: String(sitePort),
    REBUILD_PORT: String(rebuildPort),
  }
  for (const name of INHERITED) delete env[name]
  if (databaseUrl) env.DATABASE_URL = databaseUrl
  // Node with tsx's loader, as `npm start` runs it: the tsx CLI would be one more process, whose
  // signal relay SIGKILLs start.ts when it is slow to acknowledge Ctrl-C.
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout.on('data', (d) => (output += d))
  child.stderr.on('data', (d) => (output += d))

  const stop = async (stopTimeoutMs = 30_000) => {
    if (!running(child)) return
    child.kill('SIGINT')
    await waitForExit(child, stopTimeoutMs)
  }
  const remove = async () => {
    await stop().catch(() => child.kill('SIGKILL'))
    rmSync(dataDir, { recursive: true, force: true })
  }
  try {
    await waitForLine(child, () => output, '[start] site ready', timeoutMs)
  } catch (error) {
    await remove()
    throw error
  }
  return {
    pid: child.pid!,
    dataDir,
    port,
    sitePort,
    cmsUrl: `http://127.0.0.1:${port}`,
    siteUrl: `http://127.0.0.1:${sitePort}`,
    workerUrl: `http://127.0.0.1:${rebuildPort}`,
    output: () => output,
    createUser: ({ email, role, name, password }) => {
      const args = ['scripts/user-create.ts', '--email', email, '--role', role]
      if (name) args.push('--name', name)
      return runScript(args, { ...env, USER_PASSWORD: password }, 120_000)
    },
    stop,
    remove,
  }
}
