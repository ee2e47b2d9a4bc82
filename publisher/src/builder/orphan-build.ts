/**
 * A build command runs in its own process group, so a worker that dies (SIGKILL, out of memory)
 * leaves it running, still writing into the staging folder the next build starts from. The worker
 * notes the group in RELEASES_DIR/.build.pid while a build runs, and the next start stops it.
 *
 * The note survives a reboot and process numbers get reused, so it also records the boot and the
 * leader's start time: the next start stops the group only if both still match.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'

import { isMissing, readError } from '../releases/store'

interface Note {
  pid: number
  outDir: string
  bootId: string
  /** Field 22 of /proc/N/stat, in clock ticks since boot: unique for a pid within one boot. */
  startTime: string | null
}

const pidFile = (dir: string) => path.join(dir, '.build.pid')

const bootId = () => readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim()

/** Errors that mean process `pid` is gone or not ours to look at or signal. */
const notOurs = (error: unknown) =>
  ['ENOENT', 'ESRCH', 'EACCES', 'EPERM'].includes((error as NodeJS.ErrnoException)?.code ?? '')

/** The start time of process `pid`, or null when there is no such process we may read. */
function startTimeOf(pid: number): string | null {
  let stat: string
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
  } catch (error) {
    if (notOurs(error)) return null
    throw error
  }
  // The command name (field 2) may hold spaces and parentheses; fields after it are plain.
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[22 - 3] ?? null
}

// Synchronous: the note is on disk before the build has run long enough to write anything.
export function noteBuildProcess(dir: string, pid: number, outDir: string): void {
  const note: Note = { pid, outDir, bootId: bootId(), startTime: startTimeOf(pid) }
  writeFileSync(pidFile(dir), JSON.stringify(note))
}

export function forgetBuildProcess(dir: string): void {
  rmSync(pidFile(dir), { force: true })
}

/** Whether process group `noted.pid` is still the build the note was written for. */
function isOurs(noted: Partial<Note>): boolean {
  if (!Number.isInteger(noted.pid) || noted.pid! <= 1 || !noted.startTime) return false
  return noted.bootId === bootId() && startTimeOf(noted.pid!) === noted.startTime
}

/** Stops the build a previous run of the worker left behind, if any. Returns its process id. */
export async function stopOrphanBuild(dir: string): Promise<number | null> {
  let noted: Partial<Note>
  try {
    noted = JSON.parse(await readFile(pidFile(dir), 'utf8'))
  } catch (error) {
    if (isMissing(error)) return null
    throw readError(pidFile(dir), error)
  }
  let stopped: number | null = null
  try {
    if (isOurs(noted)) {
      process.kill(-noted.pid!, 'SIGKILL')
      stopped = noted.pid!
    }
  } catch (error) {
    // Gone meanwhile, or another user's process: nothing of ours to stop.
    if (!notOurs(error)) throw error
  } finally {
    forgetBuildProcess(dir)
  }
  return stopped
}
