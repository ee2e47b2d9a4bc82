import { type ChildProcess, spawn, type SpawnOptions } from 'node:child_process'

const children = new Set<ChildProcess>()

/** Starts a child in its own process group so that stopping it also stops its own children. */
export function startChild(command: string, args: string[], options: SpawnOptions = {}): ChildProcess {
  const child = spawn(command, args, { stdio: 'inherit', detached: true, ...options })
  children.add(child)
  child.on('exit', () => children.delete(child))
  return child
}

/** Runs a command to completion; rejects with its exit code in the message. */
export function runToEnd(command: string, args: string[], options: SpawnOptions = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = startChild(command, args, options)
    child.on('error', reject)
    child.on('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} failed (${signal ?? `exit ${code}`})`)),
    )
  })
}

export function stopAllChildren(signal: NodeJS.Signals = 'SIGTERM'): void {
  for (const child of children) {
    try {
      if (child.pid) process.kill(-child.pid, signal)
    } catch {
      // Already gone.
    }
  }
}

/** Ctrl-C (or a service manager's SIGTERM) stops every child before this process exits. */
export function stopChildrenOnExit(): void {
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      stopAllChildren('SIGTERM')
      setTimeout(() => {
        stopAllChildren('SIGKILL')
        process.exit(130)
      }, 5000).unref()
      process.exitCode = 130
    })
  }
  process.on('exit', () => stopAllChildren('SIGKILL'))
}

/** Resolves once `url` answers (any status below 500), or rejects after `timeoutMs`. */
export async function waitForHttp(url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url, { redirect: 'manual' })
      if (res.status < 500) return
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`)
}
