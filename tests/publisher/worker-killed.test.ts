import { type ChildProcess, spawn } from 'node:child_process'
import { afterAll, describe, expect, test } from 'vitest'

import { freePort } from '../../scripts/lib/free-port'
import { alive } from './helpers/alive'
import { deliver, SECRET } from './helpers/deliver'
import { makeSandbox } from './helpers/test-worker'
import { waitFor } from './helpers/wait-for'

const root = new URL('../..', import.meta.url).pathname
const sandbox = makeSandbox()
const children: ChildProcess[] = []
let output = ''

/** publisher/src/main.ts as `npm start` runs it, with the fake build taking `sleepMs`. */
async function startWorkerProcess(ports: { rebuild: number; site: number }, sleepMs: number) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'publisher/src/main.ts'], {
    cwd: root,
    env: {
      ...process.env,
      REBUILD_SECRET: SECRET,
      REBUILD_PORT: String(ports.rebuild),
      SITE_PORT: String(ports.site),
      RELEASES_DIR: sandbox.releasesDir,
      SITE_BUILD_COMMAND: `"${process.execPath}" tests/publisher/fixtures/fake-build.mjs`,
      ...sandbox.buildEnv,
      FAKE_BUILD_SLEEP_MS: String(sleepMs),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  children.push(child)
  child.stdout!.on('data', (d) => (output += d))
  child.stderr!.on('data', (d) => (output += d))
  await waitFor(async () => output.split('site on ').length > children.length, 30_000, 'the worker')
  return child
}

afterAll(() => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL')
  sandbox.remove()
})

describe('the worker process killed in the middle of a build', () => {
  test('the next start stops the orphaned build, builds again and the change goes live', async () => {
    const ports = { rebuild: await freePort(), site: await freePort() }
    const workerUrl = `http://127.0.0.1:${ports.rebuild}`
    sandbox.setContent({ marker: 'killed-mid-build' })
    const first = await startWorkerProcess(ports, 4000)
    expect((await deliver(workerUrl)).status).toBe(202)
    await waitFor(async () => sandbox.builds().length === 1, 10_000, 'the build to start')
    const orphan = sandbox.buildPid()
    const exited = new Promise((resolve) => first.once('exit', resolve))
    first.kill('SIGKILL')
    await exited
    expect(alive(orphan)).toBe(true)

    await startWorkerProcess(ports, 50)
    // The build left running by the dead worker must not keep writing into the staging folder.
    await waitFor(async () => !alive(orphan), 1500, 'the orphaned build to be stopped')
    await waitFor(
      async () => (await fetch(`http://127.0.0.1:${ports.site}/`)).status === 200,
      15_000,
      'the resumed build to go live',
    )
    const home = await (await fetch(`http://127.0.0.1:${ports.site}/`)).text()
    expect(home).toContain('marker=killed-mid-build<')
    expect(sandbox.builds()).toEqual(['killed-mid-build', 'killed-mid-build'])
    const status = await fetch(`${workerUrl}/status`).then((r) => r.json())
    expect(status.last).toMatchObject({
      result: 'ok',
      reason: expect.stringContaining('resumed after a restart'),
    })
  })
})
