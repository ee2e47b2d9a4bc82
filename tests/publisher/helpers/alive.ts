import { readFileSync } from 'node:fs'

/** Running, not a zombie waiting to be reaped (a container's init may take its time). */
export function alive(pid: number): boolean {
  let stat: string
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false
    throw error
  }
  return !/^\d+ \(.*\) Z/.test(stat)
}
