/**
 * Coalesces rebuild requests: at most one build runs and at most one waits. A request during a
 * build only marks "pending"; when the build ends, one more starts. Twenty publishes in a second
 * therefore cost two builds, and the second one starts after the last request, so it includes the
 * last change.
 *
 * A build that fails (the build returns false or throws) is tried again after a delay that doubles
 * each time up to a cap (5 s, 10 s, 20 s … 5 min by default), until one succeeds: a CMS that
 * answered errors for a while, or a builder that died, must not lose the publish. A new request
 * during the wait starts a build at once.
 */
interface BuildQueue {
  /** Starts a build now, or marks one pending if a build is running. */
  request(reason: string): void
  readonly building: boolean
  readonly pending: boolean
  /** When a failed build is tried again, and how many times it failed; null when none waits. */
  readonly retry: { attempt: number; at: number } | null
  /** Resolves when no build is running or pending (a retry may be waiting). */
  idle(): Promise<void>
}

interface BuildQueueOptions {
  onError?: (error: Error) => void
  /** First wait after a failure; it doubles with each failure in a row. */
  retryDelayMs?: number
  maxRetryDelayMs?: number
  /** Aborting stops retries and the pending build. */
  signal?: AbortSignal
  now?: () => number
}

export function createBuildQueue(
  build: (reason: string) => Promise<boolean | void>,
  {
    onError = () => {},
    retryDelayMs = 5000,
    maxRetryDelayMs = 5 * 60 * 1000,
    signal,
    now = Date.now,
  }: BuildQueueOptions = {},
): BuildQueue {
  let running: Promise<void> | null = null
  let busy = false
  let pending: { count: number; last: string } | null = null
  let retry: { attempt: number; at: number } | null = null
  let wake: (() => void) | null = null
  let idleWaiters: (() => void)[] = []

  const settle = () => {
    const waiters = idleWaiters
    idleWaiters = []
    waiters.forEach((resolve) => resolve())
  }
  const takePending = () => {
    const reason =
      pending!.count > 1 ? `${pending!.last} (+${pending!.count - 1} more)` : pending!.last
    pending = null
    return reason
  }
  const wait = (ms: number) =>
    new Promise<void>((resolve) => {
      // An aborted signal never fires 'abort' again: a listener added now would wait the full delay.
      if (signal?.aborted) return resolve()
      const timer = setTimeout(done, ms)
      function done() {
        clearTimeout(timer)
        signal?.removeEventListener('abort', done)
        wake = null
        resolve()
      }
      wake = done
      signal?.addEventListener('abort', done, { once: true })
    })

  async function drain(first: string) {
    let reason: string | null = first
    let failures = 0
    while (reason !== null && !signal?.aborted) {
      busy = true
      let ok = false
      try {
        ok = (await build(reason)) !== false
      } catch (error) {
        // One failed build must not stop later requests from building.
        onError(error as Error)
      }
      busy = false
      failures = ok ? 0 : failures + 1
      if (pending) {
        reason = takePending()
        continue
      }
      // Closed: no retry waits for a worker that is shutting down.
      if (ok || signal?.aborted) break
      const delay = Math.min(retryDelayMs * 2 ** (failures - 1), maxRetryDelayMs)
      retry = { attempt: failures, at: now() + delay }
      settle()
      await wait(delay)
      retry = null
      const base: string = reason.replace(/ \(retry \d+\)$/, '')
      reason = pending ? takePending() : `${base} (retry ${failures})`
    }
    running = null
    settle()
  }

  return {
    request(reason) {
      // After close nothing builds (and drain would end before `running` is even set).
      if (signal?.aborted) return
      if (!running) {
        running = drain(reason)
        return
      }
      pending = { count: (pending?.count ?? 0) + 1, last: reason }
      wake?.()
    },
    get building() {
      return busy
    },
    get pending() {
      return pending !== null
    },
    get retry() {
      return retry
    },
    async idle() {
      while (running && (busy || pending || !retry)) {
        await new Promise<void>((resolve) => idleWaiters.push(resolve))
      }
    },
  }
}
