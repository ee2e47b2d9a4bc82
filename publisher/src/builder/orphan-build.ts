/**
 * A build command runs in its own process group, so a worker that dies (SIGKILL, out of memory)
 * leaves it running, still writing into the staging folder the next build starts from. The worker
 * notes the group in RELEASES_DIR/.build.pid while a build runs, and the next start stops it.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'

import { isMissing, readError } from '../releases/store'

const pidFile = (dir: string) => path.join(dir, '.build.pid')

// Synchronous: the note is on disk before the build has run long enough to write anything.
export function noteBuildProcess(dir: string, pid: number, outDir: string): void {
  writeFileSync(pidFile(dir), JSON.stringify({ pid, outDir }))
}

export function forgetBuildProcess(dir: string): void {
  rmSync(pidFile(dir), { force: true })
}

/** Whether process `pid` is the noted build and not another process that got its number since. */
function isOurs(pid: number, outDir: string): boolean {
  try {
    return readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0').includes(`SITE_OUT_DIR=${outDir}`)
  } catch (error) {
    // Leader gone: a number is not reused while its process group lives, so the group is ours.
    if (isMissing(error)) return true
    throw error
  }
}

/** Stops the build a previous run of the worker left behind, if any. Returns its process id. */
export async function stopOrphanBuild(dir: string): Promise<number | null> {
  let noted: { pid: number; outDir: string }
  try {
    noted = JSON.parse(await readFile(pidFile(dir), 'utf8'))
  } catch (error) {
    if (isMissing(error)) return null
    throw readError(pidFile(dir), error)
  }
  let stopped: number | null = null
  if (Number.isInteger(noted.pid) && noted.pid > 1 && isOurs(noted.pid, noted.outDir)) {
    try {
      process.kill(-noted.pid, 'SIGKILL')
      stopped = noted.pid
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error
    }
  }
  forgetBuildProcess(dir)
  return stopped
}
