/**
 * Coalesces rebuild requests: at most one build runs and at most one waits. A request during a
 * build only marks "pending"; when the build ends, one more starts. Twenty publishes in a second
 * therefore cost two builds, and the second one starts after the last request, so it includes the
 * last change.
 */
export interface BuildQueue {
  /** Starts a build now, or marks one pending if a build is running. */
  request(reason: string): void
  readonly building: boolean
  readonly pending: boolean
  /** Resolves when no build is running or pending. */
  idle(): Promise<void>
}

export function createBuildQueue(
  build: (reason: string) => Promise<void>,
  onError: (error: Error) => void = () => {},
): BuildQueue {
  let running: Promise<void> | null = null
  let pending: { count: number; last: string } | null = null

  async function drain(first: string) {
    let reason: string | null = first
    while (reason !== null) {
      try {
        await build(reason)
      } catch (error) {
        // One failed build must not stop later requests from building.
        onError(error as Error)
      }
      reason =
        pending &&
        (pending.count > 1 ? `${pending.last} (+${pending.count - 1} more)` : pending.last)
      pending = null
    }
    running = null
  }

  return {
    request(reason) {
      if (running) pending = { count: (pending?.count ?? 0) + 1, last: reason }
      else running = drain(reason)
    },
    get building() {
      return running !== null
    },
    get pending() {
      return pending !== null
    },
    idle: () => running ?? Promise.resolve(),
  }
}
