/**
 * The supervisor npm start runs the CMS and the publisher under, with a small stand-in server
 * whose helper child inherits its listening socket: seconds instead of a whole stack.
 */
import { createServer } from 'node:http'
import path from 'node:path'
import { afterEach, describe, expect, test } from 'vitest'

import { freePort } from '../../scripts/lib/free-port'
import { isNotServing, startChild, waitForHttp } from '../../scripts/lib/processes'
import { type Backoff, describeExit, supervise } from '../../scripts/lib/supervisor'
import { processesInGroup } from './process-table'

const fixture = path.join(import.meta.dirname, 'fixtures/server-with-helper.mjs')
const FAST: Backoff = { firstDelayMs: 100, maxDelayMs: 400, steadyMs: 60_000 }
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

let stop: AbortController
afterEach(() => stop?.abort())

async function waitFor<T>(
  check: () => Promise<T | null> | T | null,
  timeoutMs = 15_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await check()
    if (value !== null) return value
    if (Date.now() > deadline) throw new Error(`not within ${timeoutMs / 1000} s`)
    await sleep(50)
  }
}

/** Supervises the stand-in on a free port; `pid()` reads which server answers now. */
async function superviseStandIn(command = process.execPath, args = [fixture]) {
  stop = new AbortController()
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  const lines: string[] = []
  const ready = supervise(
    {
      name: 'the stand-in',
      meanwhile: 'Nothing else depends on it',
      start: () =>
        startChild(command, args, {
          env: { ...process.env, PORT: String(port) },
          stdio: ['ignore', 'pipe', 'pipe'],
        }),
      ready: (signal) => waitForHttp(url, { signal, timeoutMs: 10_000 }),
      ports: [{ port, host: '127.0.0.1' }],
    },
    (line) => lines.push(line),
    { backoff: FAST, signal: stop.signal },
  )
  const pid = async () => {
    try {
      return Number(await (await fetch(url)).text())
    } catch (error) {
      // Between a crash and the restart nothing listens.
      if (isNotServing(error)) return null
      throw error
    }
  }
  return { ready, url, pid, lines }
}

/** The stand-in's pid once its helper has started (its group then has two processes). */
const withHelper = (pid: number) => waitFor(() => (processesInGroup(pid).length === 2 ? pid : null))

describe('supervise', () => {
  test('a killed child is started again on its port, and nothing of its process group is left', async () => {
    const standIn = await superviseStandIn()
    await standIn.ready
    const first = await withHelper((await standIn.pid())!)
    const helper = processesInGroup(first).find((p) => p.pid !== first)!
    process.kill(first, 'SIGKILL')
    const second = await waitFor(async () => {
      const pid = await standIn.pid()
      return pid !== null && pid !== first ? pid : null
    })
    await waitFor(() => (standIn.lines.length === 2 ? true : null))
    expect(processesInGroup(first)).toEqual([])
    expect(processesInGroup(helper.pid)).toEqual([])
    expect(processesInGroup(second).map((p) => p.pid)).toContain(second)
    expect(standIn.lines).toEqual([
      expect.stringMatching(
        /^the stand-in stopped unexpectedly: it was killed \(SIGKILL: .*out of memory.*kill -9\)\. Nothing else depends on it\. Restarting it in 0\.1 s \(restart 1\)\.$/,
      ),
      'the stand-in is running again',
    ])
  })

  test('a stop while a restart waits for its port starts nothing once the port is free', async () => {
    const standIn = await superviseStandIn()
    await standIn.ready
    const first = await withHelper((await standIn.pid())!)
    process.kill(first, 'SIGKILL')
    await waitFor(() => (processesInGroup(first).length === 0 ? true : null))
    // Another program takes the port: the restart waits for it to be released.
    const squatter = createServer((_req, res) => res.end('squatter'))
    await new Promise<void>((resolve) =>
      squatter.listen(Number(new URL(standIn.url).port), '127.0.0.1', resolve),
    )
    await waitFor(() => (standIn.lines.length >= 1 ? true : null))
    await sleep(500)
    // Ctrl-C while the restart waits; then the port is released.
    stop.abort()
    await new Promise<void>((resolve) => squatter.close(() => resolve()))
    await sleep(1500)
    expect(await standIn.pid()).toBe(null)
  })

  test('the restart message quotes the last error the child printed and its exit code', async () => {
    const standIn = await superviseStandIn()
    await standIn.ready
    const first = (await standIn.pid())!
    await fetch(`${standIn.url}/crash`).catch(() => null)
    await waitFor(async () => {
      const pid = await standIn.pid()
      return pid !== null && pid !== first ? pid : null
    })
    expect(standIn.lines[0]).toBe(
      'the stand-in stopped unexpectedly: it exited with code 1; its last error: Error: the ' +
        'stand-in server was asked to crash. Nothing else depends on it. Restarting it in 0.1 s (restart 1).',
    )
  })

  test('each quick crash doubles the pause before the next start, up to the longest pause', async () => {
    const standIn = await superviseStandIn()
    await standIn.ready
    let current = (await standIn.pid())!
    for (let i = 0; i < 4; i++) {
      process.kill(current, 'SIGKILL')
      const previous = current
      current = await waitFor(async () => {
        const pid = await standIn.pid()
        return pid !== null && pid !== previous ? pid : null
      })
    }
    const pauses = standIn.lines
      .map((line) => line.match(/Restarting it in ([\d.]+) s/)?.[1])
      .filter(Boolean)
    expect(pauses).toEqual(['0.1', '0.2', '0.4', '0.4'])
  })

  test('a first start that fails is reported, not retried', async () => {
    const standIn = await superviseStandIn(process.execPath, [
      '-e',
      'console.error("Error: listen EADDRINUSE: address already in use"); process.exit(1)',
    ])
    await expect(standIn.ready).rejects.toThrow(
      'the stand-in stopped before it served: it exited with code 1; its last error: Error: listen EADDRINUSE: address already in use',
    )
    await sleep(300)
    expect(standIn.lines).toEqual([])
  })
})

describe('describeExit', () => {
  test('names a crash, an outside stop and a clean exit differently', () => {
    expect(describeExit(null, 'SIGSEGV')).toBe('it crashed (SIGSEGV)')
    expect(describeExit(null, 'SIGTERM')).toBe(
      'it was stopped by a SIGTERM that did not come from npm start',
    )
    expect(describeExit(0, null)).toBe('it exited without an error, which a server should not do')
  })
})
