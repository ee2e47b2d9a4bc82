import { type ChildProcess, spawn, type SpawnOptions } from 'node:child_process'

/** Running children, each with whether it leads a process group of its own. */
const children = new Map<ChildProcess, { group: boolean }>()
let stopping = false

/** True once Ctrl-C (or SIGTERM, SIGHUP) has asked everything to stop: nothing is restarted then. */
export const isStopping = () => stopping

/**
 * Signals a child and everything it started: a child in its own group is stopped as a group, so
 * that a grandchild (the warm site builder, Next's workers) cannot outlive it holding a port.
 */
export function signalChild(child: ChildProcess, signal: NodeJS.Signals): void {
  const entry = children.get(child)
  // Not tracked: it has exited (and what was left of its group was killed then), or never started.
  if (!entry || !child.pid) return
  try {
    process.kill(entry.group ? -child.pid : child.pid, signal)
  } catch (error) {
    // ESRCH: it (and its whole group) is already gone.
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error
  }
}

/**
 * Starts a child, by default in its own process group so that stopping it also stops its own
 * children. When the child itself ends, for whatever reason, what is left of its group is killed.
 */
export function startChild(
  command: string,
  args: string[],
  options: SpawnOptions = {},
): ChildProcess {
  const child = spawn(command, args, { stdio: 'inherit', detached: true, ...options })
  children.set(child, { group: options.detached ?? true })
  child.once('exit', () => {
    if (children.get(child)?.group) signalChild(child, 'SIGKILL')
    children.delete(child)
  })
  child.once('error', () => children.delete(child))
  return child
}

/** Runs a command to completion; rejects with its exit code in the message. */
export function runToEnd(
  command: string,
  args: string[],
  options: SpawnOptions = {},
): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = startChild(command, args, options)
    child.on('error', reject)
    child.on('exit', (code, signal) =>
      code === 0
        ? resolve()
        : reject(new Error(`${command} ${args.join(' ')} failed (${signal ?? `exit ${code}`})`)),
    )
  })
}

function stopAllChildren(signal: NodeJS.Signals = 'SIGTERM'): void {
  for (const child of children.keys()) signalChild(child, signal)
}

const allChildrenExited = () =>
  Promise.all(
    [...children.keys()].map((child) => new Promise((resolve) => child.once('exit', resolve))),
  )

/**
 * Ctrl-C (or a service manager's SIGTERM) stops every child, waits up to 5 s for them to finish
 * (the worker cancels a running build), kills whatever is left, then exits.
 */
export function stopChildrenOnExit(): void {
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      if (stopping) return
      stopping = true
      const exit = () => {
        stopAllChildren('SIGKILL')
        process.exit(130)
      }
      const force = setTimeout(exit, 5000)
      allChildrenExited().then(() => {
        clearTimeout(force)
        exit()
      })
      stopAllChildren('SIGTERM')
    })
  }
  process.on('exit', () => stopAllChildren('SIGKILL'))
}

interface WaitOptions {
  timeoutMs?: number
  /** Stops waiting (rejects) when aborted, e.g. when the process that should answer has exited. */
  signal?: AbortSignal
  /** Which answers count; by default any status below 500. */
  accept?: (status: number) => boolean
}

// What fetch reports while nothing listens yet, or a server is still starting or just went away.
const NOT_SERVING = new Set(['ECONNREFUSED', 'ECONNRESET', 'UND_ERR_SOCKET'])

export const isNotServing = (error: unknown) =>
  error instanceof TypeError &&
  NOT_SERVING.has((error.cause as NodeJS.ErrnoException | undefined)?.code ?? '')

/** Resolves once `url` answers with an accepted status, or rejects after `timeoutMs`. */
export async function waitForHttp(
  url: string,
  { timeoutMs = 60_000, signal, accept = (status) => status < 500 }: WaitOptions = {},
): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    signal?.throwIfAborted()
    try {
      const res = await fetch(url, { redirect: 'manual', signal })
      await res.body?.cancel()
      if (accept(res.status)) return
    } catch (error) {
      // Not listening yet; anything else (an abort included) is an answer of its own.
      if (!isNotServing(error)) throw error
    }
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`)
}
