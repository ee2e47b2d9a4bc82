import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { freePort } from '../../scripts/lib/free-port'
import { deliver, SECRET } from './helpers/deliver'
import { makeSandbox } from './helpers/test-worker'

const root = new URL('../..', import.meta.url).pathname
const tsx = `${root}node_modules/.bin/tsx`
const sandbox = makeSandbox()
let child: ChildProcess
let output = ''
let workerUrl: string
let siteUrl: string

/** Asks /status until the worker is idle with a finished build (bounded: 100 tries, 10 s). */
async function waitForBuild(): Promise<Record<string, any>> {
  for (let i = 0; i < 100; i++) {
    const status = await fetch(`${workerUrl}/status`).then(
      (r) => r.json(),
      () => null,
    )
    if (status?.state === 'idle' && !status.pending && status.last) return status
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`no finished build:\n${output}`)
}

beforeAll(async () => {
  const [rebuildPort, sitePort] = [await freePort(), await freePort()]
  workerUrl = `http://127.0.0.1:${rebuildPort}`
  siteUrl = `http://127.0.0.1:${sitePort}`
  sandbox.setContent({ marker: 'cli' })
  // Node with tsx's loader rather than the tsx CLI: the CLI relays signals to a second process
  // with a 30 ms deadline, which would make the SIGTERM test below about tsx, not the worker.
  child = spawn(process.execPath, ['--import', 'tsx', 'publisher/src/main.ts'], {
    cwd: root,
    env: {
      ...process.env,
      REBUILD_SECRET: SECRET,
      REBUILD_PORT: String(rebuildPort),
      SITE_PORT: String(sitePort),
      RELEASES_DIR: sandbox.releasesDir,
      SITE_BUILD_COMMAND: `"${process.execPath}" tests/publisher/fixtures/fake-build.mjs`,
      SITE_CANARY: 'CLI-CANARY-3e8d',
      ...sandbox.buildEnv,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout!.on('data', (d) => (output += d))
  child.stderr!.on('data', (d) => (output += d))
  for (let i = 0; i < 100 && !output.includes('site on '); i++)
    await new Promise((r) => setTimeout(r, 100))
  expect(output).toContain('no release yet (answers 503 until the first build)')
}, 30_000)

afterAll(() => {
  if (child.exitCode === null) child.kill('SIGKILL')
  sandbox.remove()
})

describe('publisher/src/main.ts', () => {
  test('serves 503 before the first build, then the built site after a delivery', async () => {
    expect((await fetch(`${siteUrl}/`)).status).toBe(503)
    expect((await deliver(workerUrl)).status).toBe(202)
    expect((await waitForBuild()).last).toMatchObject({ result: 'ok', pages: 5 })
    expect(await (await fetch(`${siteUrl}/tin-tuc/bai-1/`)).text()).toContain('marker=cli<')
  })

  test('reads SITE_CANARY: a build containing it stays off the live site', async () => {
    sandbox.setContent({ marker: 'leak', text: 'CLI-CANARY-3e8d' })
    expect((await deliver(workerUrl)).status).toBe(202)
    expect((await waitForBuild()).last).toMatchObject({ result: 'failed' })
    expect(await (await fetch(`${siteUrl}/`)).text()).toContain('marker=cli<')
  })

  test('stops cleanly on SIGTERM', async () => {
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve))
    child.kill('SIGTERM')
    expect(await exited).toBe(0)
  })

  test('refuses to start without REBUILD_SECRET', () => {
    const result = spawnSync(tsx, ['publisher/src/main.ts'], {
      cwd: root,
      env: { ...process.env, REBUILD_SECRET: '', RELEASES_DIR: sandbox.releasesDir },
      encoding: 'utf8',
      timeout: 30_000,
    })
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('configuration error: REBUILD_SECRET is required')
  })
})
