/**
 * Finds a stack's processes in Linux's /proc: the publisher (the process listening on the site
 * port) and its warm site builder (publisher/src/site-builder.ts). The builder is recognised by its
 * parent, its command line and the output folder in its environment, which lies in the stack's own
 * data folder: a test never signals a process of another stack or another user.
 */
import { readdirSync, readFileSync } from 'node:fs'

import { type TestStack } from '../../../scripts/lib/start-stack'
import { listenerOf, processesInGroup } from '../process-table'

/** Reads a file under /proc/<pid>, or null when that process is gone or not ours. */
function readProc(file: string): string | null {
  try {
    return readFileSync(file, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT' || code === 'EACCES' || code === 'ESRCH') return null
    throw error
  }
}

interface Proc {
  pid: number
  ppid: number
  state: string
  argv: string[]
  env: Record<string, string>
}

function proc(pid: number): Proc | null {
  const stat = readProc(`/proc/${pid}/stat`)
  if (!stat) return null
  // The command name is in parentheses and may itself contain spaces or parentheses.
  const [state, ppid] = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  const argv = (readProc(`/proc/${pid}/cmdline`) ?? '').split('\0').filter(Boolean)
  const env: Record<string, string> = {}
  for (const entry of (readProc(`/proc/${pid}/environ`) ?? '').split('\0')) {
    const eq = entry.indexOf('=')
    if (eq > 0) env[entry.slice(0, eq)] = entry.slice(eq + 1)
  }
  return { pid, ppid: Number(ppid), state, argv, env }
}

const allProcs = () =>
  readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map((name) => proc(Number(name)))
    .filter((p): p is Proc => p !== null && p.state !== 'Z')

/** The publisher's process (rebuild worker and live site), or null while none serves the site. */
export const publisherOf = (stack: TestStack): number | null => listenerOf(stack.sitePort)

/** Every live site builder of this stack, whoever its parent is now (an orphan's is init). */
export function siteBuildersOf(stack: TestStack): Proc[] {
  return allProcs().filter(
    (p) =>
      p.argv.some((arg) => arg.endsWith('publisher/src/site-builder.ts')) &&
      (p.env.SITE_OUT_DIR ?? '').startsWith(`${stack.dataDir}/`),
  )
}

/** The publisher's own site builder child, or null when it has none running. */
export function siteBuilderOf(stack: TestStack): number | null {
  const publisher = publisherOf(stack)
  if (publisher === null) return null
  return siteBuildersOf(stack).find((p) => p.ppid === publisher)?.pid ?? null
}

/** Processes of `leader`'s group that are neither it nor started by it: what a dead child left running. */
export function strayInGroup(leader: number): string[] {
  const procs = new Map(allProcs().map((p) => [p.pid, p]))
  const descends = (pid: number): boolean => {
    for (let p = procs.get(pid); p; p = procs.get(p.ppid)) if (p.pid === leader) return true
    return false
  }
  return processesInGroup(leader)
    .filter((p) => !descends(p.pid))
    .map((p) => `${p.pid} ${p.command}`)
}

export const isRunning = (pid: number) => {
  const p = proc(pid)
  return p !== null && p.state !== 'Z'
}
