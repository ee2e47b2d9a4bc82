import { describe, expect, test } from 'vitest'

import { createBuildQueue } from '../../publisher/src/worker/build-queue'

describe('createBuildQueue', () => {
  test('requests during a build collapse into one more build that starts after the last of them', async () => {
    const started: string[] = []
    let finish = () => {}
    const queue = createBuildQueue(async (reason) => {
      started.push(reason)
      await new Promise<void>((resolve) => (finish = resolve))
    })
    queue.request('a')
    expect([queue.building, queue.pending]).toEqual([true, false])
    for (const reason of ['b', 'c', 'd']) queue.request(reason)
    expect(queue.pending).toBe(true)
    finish()
    await new Promise((resolve) => setImmediate(resolve))
    expect(started).toEqual(['a', 'd (+2 more)'])
    expect(queue.pending).toBe(false)
    finish()
    await queue.idle()
    expect(queue.building).toBe(false)
    queue.request('e')
    finish()
    await queue.idle()
    expect(started).toEqual(['a', 'd (+2 more)', 'e'])
  })

  test('a failing build is reported and the pending one still runs', async () => {
    const errors: string[] = []
    const ran: string[] = []
    const queue = createBuildQueue(
      async (reason) => {
        ran.push(reason)
        await new Promise((resolve) => setTimeout(resolve, 5))
        if (reason === 'a') throw new Error('boom')
      },
      { onError: (error) => errors.push(error.message) },
    )
    queue.request('a')
    queue.request('b')
    await queue.idle()
    expect(ran).toEqual(['a', 'b'])
    expect(errors).toEqual(['boom'])
  })

  test('closing during a failing build schedules no retry and no further build', async () => {
    const stop = new AbortController()
    const ran: string[] = []
    let fail = (_error: Error) => {}
    const queue = createBuildQueue(
      (reason) => {
        ran.push(reason)
        return new Promise((_resolve, reject) => (fail = reject))
      },
      { retryDelayMs: 200, maxRetryDelayMs: 5 * 60 * 1000, signal: stop.signal },
    )
    queue.request('a')
    stop.abort()
    fail(new Error('the build was stopped'))
    await queue.idle()
    expect(queue.retry).toBeNull()
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(ran).toEqual(['a'])
    // The queue ended: a request after close starts nothing and leaves nothing waiting.
    queue.request('b')
    await queue.idle()
    expect([ran, queue.retry, queue.building]).toEqual([['a'], null, false])
  })
})
