/**
 * Stops the publisher on SIGINT, SIGTERM or SIGHUP: `close`, then exit 0, or exit 1 saying what
 * failed (a service manager's log then shows why the stop was not clean).
 */
export function stopOnSignals(
  close: () => Promise<void>,
  log: (line: string) => void,
  exit: (code: number) => void = (code) => process.exit(code),
): void {
  let stopping = false
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      if (stopping) return
      stopping = true
      log(`${signal}: stopping (a running build is cancelled; the live site is unchanged)`)
      void closeThenExit(close, log, exit)
    })
  }
}

export async function closeThenExit(
  close: () => Promise<void>,
  log: (line: string) => void,
  exit: (code: number) => void,
): Promise<void> {
  try {
    await close()
  } catch (error) {
    log(`could not stop cleanly: ${(error as Error).stack || String(error)}`)
    return exit(1)
  }
  exit(0)
}
