/**
 * Keeps one server child of `npm start` running: a child that stops on its own is logged with why,
 * its whole process group is killed (nothing of it keeps a port), and it is started again after a
 * growing pause, once its ports are free.
 */
import { type ChildProcess } from 'node:child_process'
import { createServer } from 'node:net'

import { isStopping, signalChild } from './processes'

interface ChildSpec {
  /** How the log names it: "the CMS". */
  name: string
  /** What still works, and what does not, while it is down; said when it stops. */
  meanwhile: string
  /** Starts it in its own process group, stdout and stderr piped. */
  start(): ChildProcess
  /** Resolves once it serves; rejects when it does not in time or `signal` aborts. */
  ready(signal: AbortSignal): Promise<void>
  /** Where it listens: a new one is started only once these are free. */
  ports: { port: number; host: string }[]
  /** Runs after each restart once it serves again (not after the first start). */
  onRestart?(): Promise<void>
}

export interface Backoff {
  firstDelayMs: number
  maxDelayMs: number
  /** A child that served this long before stopping starts the pauses over from the first. */
  steadyMs: number
}

const DEFAULT_BACKOFF: Backoff = { firstDelayMs: 1000, maxDelayMs: 60_000, steadyMs: 5 * 60_000 }

const SIGNALS: Partial<Record<NodeJS.Signals, string>> = {
  SIGKILL:
    'it was killed (SIGKILL: the server may have run out of memory, see `dmesg` or `journalctl -k`, or someone ran kill -9)',
  SIGSEGV: 'it crashed (SIGSEGV)',
  SIGBUS: 'it crashed (SIGBUS)',
  SIGABRT: 'it crashed (SIGABRT)',
  SIGILL: 'it crashed (SIGILL)',
  SIGTERM: 'it was stopped by a SIGTERM that did not come from npm start',
  SIGINT: 'it was stopped by a SIGINT that did not come from npm start',
  SIGHUP: 'it was stopped by a SIGHUP that did not come from npm start',
}

/** Why a child ended, in words an IT person on call can act on. */
export function describeExit(
  code: number | null,
  signal: NodeJS.Signals | null,
  lastError?: string,
) {
  const why = signal
    ? (SIGNALS[signal] ?? `it was stopped by ${signal}`)
    : code === 0
      ? 'it exited without an error, which a server should not do'
      : `it exited with code ${code}`
  return lastError ? `${why}; its last error: ${lastError}` : why
}

// ANSI colour codes (pino-pretty, Next) would only clutter the quoted line.
// eslint-disable-next-line no-control-regex
const ANSI = /\x1b\[[0-9;]*m/g
const ERROR_LINE = /\b(error|fatal|eaddrinuse|enomem|out of memory)\b/i

/**
 * Copies the child's output to ours, keeping the last line that reads like an error (not a stack
 * frame) so the restart message can quote it.
 */
function forwardOutput(child: ChildProcess): () => string | undefined {
  let lastError: string | undefined
  child.stdout?.pipe(process.stdout, { end: false })
  child.stderr?.pipe(process.stderr, { end: false })
  for (const stream of [child.stdout, child.stderr]) {
    // One unfinished line per stream: the two streams' chunks interleave.
    let partial = ''
    stream?.on('data', (chunk: Buffer) => {
      const lines = (partial + chunk.toString('utf8')).split('\n')
      partial = lines.pop() ?? ''
      for (const raw of lines) {
        const line = raw.replace(ANSI, '').trim()
        if (ERROR_LINE.test(line) && !line.startsWith('at ')) lastError = line.slice(0, 300)
      }
    })
  }
  return () => lastError
}

function portIsFree(port: number, host: string): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', (error: NodeJS.ErrnoException) =>
      error.code === 'EADDRINUSE' ? resolve(false) : reject(error),
    )
    server.listen(port, host, () => server.close(() => resolve(true)))
  })
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** The ports still taken after waiting up to `timeoutMs` for them to be released. */
async function heldPorts(ports: ChildSpec['ports'], timeoutMs: number): Promise<number[]> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const held: number[] = []
    for (const { port, host } of ports) if (!(await portIsFree(port, host))) held.push(port)
    if (held.length === 0 || Date.now() > deadline) return held
    await sleep(200)
  }
}

interface SuperviseOptions {
  backoff?: Backoff
  /** Aborting stops it for good (its group is killed). npm start stops children on Ctrl-C instead. */
  signal?: AbortSignal
}

/**
 * Starts `spec` and keeps it running. Resolves once the first start serves; rejects if that first
 * start fails (a wrong setting or a taken port is better reported than retried forever).
 */
export function supervise(
  spec: ChildSpec,
  log: (line: string) => void,
  { backoff = DEFAULT_BACKOFF, signal: stop }: SuperviseOptions = {},
): Promise<void> {
  const stopped = () => isStopping() || stop?.aborted === true
  let first = true
  let failures = 0
  let restarts = 0

  return new Promise<void>((resolveFirst, rejectFirst) => {
    const retryLater = (why: string) => {
      failures++
      const delay = Math.min(backoff.maxDelayMs, backoff.firstDelayMs * 2 ** (failures - 1))
      restarts++
      log(
        `${spec.name} stopped unexpectedly: ${why}. ${spec.meanwhile}. ` +
          `Restarting it in ${delay / 1000} s (restart ${restarts}).`,
      )
      // A relaunch that throws (a port check failing for another reason than "in use", a spawn
      // error) is one more failure to retry, never an unhandled rejection that ends npm start.
      const again = () =>
        relaunch().catch((error: Error) =>
          retryLater(`it could not be restarted: ${error.message}`),
        )
      setTimeout(again, delay)
    }

    const relaunch = async () => {
      if (stopped()) return
      const held = await heldPorts(spec.ports, 10_000)
      // Ctrl-C may have come while it waited for the ports: a child started now would outlive it.
      if (stopped()) return
      if (held.length > 0) {
        return retryLater(`port ${held.join(', ')} is still in use by another program`)
      }
      launch()
    }

    const launch = () => {
      const child = spec.start()
      const kill = () => signalChild(child, 'SIGKILL')
      stop?.addEventListener('abort', kill, { once: true })
      child.once('exit', () => stop?.removeEventListener('abort', kill))
      const lastError = forwardOutput(child)
      const exited = new AbortController()
      let readyAt: number | null = null
      /** Set when we kill it ourselves, so the log does not blame memory or kill -9. */
      let killedBecause: string | undefined

      const ended = (why: string) => {
        if (exited.signal.aborted) return
        exited.abort()
        // What it left behind (the warm site builder) was killed with its group by startChild.
        if (stopped()) return
        if (first) return rejectFirst(new Error(`${spec.name} stopped before it served: ${why}`))
        if (readyAt !== null && Date.now() - readyAt >= backoff.steadyMs) failures = 0
        retryLater(why)
      }
      // 'close', not 'exit': its last lines of output have been read by then.
      child.once('close', (code, signal) =>
        ended(killedBecause ?? describeExit(code, signal, lastError())),
      )
      child.once('error', (error) => ended(`it could not be started: ${error.message}`))

      spec.ready(exited.signal).then(
        async () => {
          if (exited.signal.aborted) return
          readyAt = Date.now()
          if (first) {
            first = false
            return resolveFirst()
          }
          log(`${spec.name} is running again`)
          await spec
            .onRestart?.()
            .catch((error: Error) => log(`after restarting ${spec.name}: ${error.message}`))
        },
        (error: Error) => {
          if (exited.signal.aborted) return
          if (first) {
            exited.abort()
            signalChild(child, 'SIGKILL')
            return rejectFirst(error)
          }
          // Its exit then schedules the next attempt.
          killedBecause = `it did not start serving (${error.message}), so npm start stopped it`
          signalChild(child, 'SIGKILL')
        },
      )
    }

    launch()
  })
}
