/**
 * Who holds a port and which processes a process group still has, read from Linux's /proc so that
 * the smoke tests need no tool beyond Node (only our own processes' descriptors are readable).
 */
import { readdirSync, readFileSync, readlinkSync } from 'node:fs'

const LISTEN = '0A'

/** Socket inodes of sockets listening on `port` (IPv4 or IPv6). */
function listeningInodes(port: number): Set<string> {
  const inodes = new Set<string>()
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let text: string
    try {
      text = readFileSync(table, 'utf8')
    } catch (error) {
      // A kernel without IPv6 has no tcp6 table.
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue
      throw error
    }
    for (const line of text.split('\n').slice(1)) {
      const fields = line.trim().split(/\s+/)
      if (fields.length < 10) continue
      const localPort = parseInt(fields[1].split(':').pop()!, 16)
      if (localPort === port && fields[3] === LISTEN) inodes.add(fields[9])
    }
  }
  return inodes
}

const pids = () =>
  readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map(Number)

/** Reads a file under /proc/<pid>, or null when that process is gone or not ours. */
function readProc(read: () => string): string | null {
  try {
    return read()
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT' || code === 'EACCES' || code === 'ESRCH') return null
    throw error
  }
}

/** The process listening on `port`, or null when none of ours is. */
export function listenerOf(port: number): number | null {
  const inodes = listeningInodes(port)
  if (inodes.size === 0) return null
  for (const pid of pids()) {
    const fds = readProc(() => readdirSync(`/proc/${pid}/fd`).join('\n'))
    if (!fds) continue
    for (const fd of fds.split('\n')) {
      const target = readProc(() => readlinkSync(`/proc/${pid}/fd/${fd}`))
      const inode = target?.match(/^socket:\[(\d+)\]$/)?.[1]
      if (inode && inodes.has(inode)) return pid
    }
  }
  return null
}

interface ProcessInfo {
  pid: number
  state: string
  pgid: number
  command: string
}

function processInfo(pid: number): ProcessInfo | null {
  const stat = readProc(() => readFileSync(`/proc/${pid}/stat`, 'utf8'))
  if (!stat) return null
  // The command name is in parentheses and may itself contain spaces or parentheses.
  const close = stat.lastIndexOf(')')
  const [state, , pgid] = stat.slice(close + 2).split(' ')
  const command = readProc(() => readFileSync(`/proc/${pid}/cmdline`, 'utf8')) ?? ''
  return { pid, state, pgid: Number(pgid), command: command.replaceAll('\0', ' ').trim() }
}

export const processGroupOf = (pid: number): number | null => processInfo(pid)?.pgid ?? null

/** Live processes of a process group (zombies, already dead and only waiting to be reaped, left out). */
export function processesInGroup(pgid: number): ProcessInfo[] {
  return pids()
    .map(processInfo)
    .filter(
      (info): info is ProcessInfo => info !== null && info.pgid === pgid && info.state !== 'Z',
    )
}
