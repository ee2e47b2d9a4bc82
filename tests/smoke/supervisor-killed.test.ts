/**
 * npm start itself killed (kill -9, the out-of-memory killer, or tsx's signal relay on a busy
 * machine): it can clean up nothing, so the CMS and the publisher must notice and stop on their own,
 * leaving every port free for the next npm start.
 */
import { afterAll, beforeAll, expect, test } from 'vitest'

import { startStack, type TestStack } from '../../scripts/lib/start-stack'
import { listenerOf, processesInGroup, processGroupOf } from './process-table'

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

let stack: TestStack

beforeAll(async () => {
  stack = await startStack()
}, 600_000)

afterAll(async () => {
  await stack?.remove()
}, 60_000)

test('killing npm start stops the CMS and the publisher and frees their ports', async () => {
  const ports = [stack.port, stack.sitePort, Number(new URL(stack.workerUrl).port)]
  const groups = ports.map((port) => {
    const pid = listenerOf(port)
    if (pid === null) throw new Error(`nothing listens on ${port}:\n${stack.output()}`)
    return processGroupOf(pid)!
  })
  process.kill(stack.pid, 'SIGKILL')

  const left = () => [...new Set(groups)].flatMap(processesInGroup)
  const deadline = Date.now() + 30_000
  while (left().length > 0 && Date.now() < deadline) await sleep(250)
  expect(left()).toEqual([])
  expect(ports.map(listenerOf)).toEqual([null, null, null])
}, 60_000)
