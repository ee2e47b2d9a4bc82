import { type ChildProcess, spawn } from 'node:child_process'
import path from 'node:path'

import { rootDir } from '../../cms/env'
import { freePort } from './free-port'

export interface Stack {
  cmsUrl: string
  siteUrl: string
  workerUrl: string
  output: () => string
  stop: () => Promise<void>
}

/** Runs `npm start` (scripts/start.ts) on free loopback ports until its site is served. */
export async function startStack(dataDir: string, { timeoutMs = 600_000, env = {} as NodeJS.ProcessEnv } = {}): Promise<Stack> {
  const [port, sitePort, rebuildPort] = [await freePort(), await freePort(), await freePort()]
  let output = ''
  const child: ChildProcess = spawn(path.join(rootDir, 'node_modules/.bin/tsx'), ['scripts/start.ts'], {
    cwd: rootDir,
    env: { ...process.env, ...env, DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', SITE_PORT: String(sitePort), REBUILD_PORT: String(rebuildPort) },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout!.on('data', (d) => (output += d))
  child.stderr!.on('data', (d) => (output += d))
  await new Promise<void>((resolve, reject) => {
    const timer = setInterval(() => output.includes('[start] site ready') && (clearInterval(timer), resolve()), 200)
    const deadline = setTimeout(() => reject(new Error(`npm start was not ready in ${timeoutMs / 1000} s:\n${output}`)), timeoutMs)
    child.once('exit', (code) => reject(new Error(`npm start exited early (${code}):\n${output}`)))
    void Promise.resolve().then(() => timer.unref?.()).finally(() => deadline.unref?.())
  })
  return {
    cmsUrl: `http://127.0.0.1:${port}`,
    siteUrl: `http://127.0.0.1:${sitePort}`,
    workerUrl: `http://127.0.0.1:${rebuildPort}`,
    output: () => output,
    stop: async () => {
      if (child.exitCode !== null) return
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.kill('SIGINT')
      await exited
    },
  }
}
