/**
 * The link between `npm start` (the supervisor, scripts/lib/supervisor.ts) and the servers it runs.
 * npm start kills its children's process groups whenever it stops, but it cannot when it is killed
 * itself: kill -9, the out-of-memory killer, or tsx's signal relay, which SIGKILLs a process that
 * does not acknowledge Ctrl-C within 30 ms on a busy machine. The CMS and the publisher would then
 * live on as orphans holding their ports, and the next npm start would find them taken. So each
 * child is told its supervisor's process id and stops itself once that process is gone.
 */

/** Set by npm start on each server child it runs; internal, not a setting for .env. */
export const SUPERVISOR_PID_VARIABLE = 'BANTIN_SUPERVISOR_PID'

/** The environment entry npm start gives a server child. */
export const supervisedBy = (pid: number) => ({ [SUPERVISOR_PID_VARIABLE]: String(pid) })

/** The supervisor's pid from the variable's value; undefined when run on its own (or malformed). */
export function parseSupervisorPid(raw: string | undefined): number | undefined {
  const pid = Number(raw)
  return Number.isInteger(pid) && pid > 1 ? pid : undefined
}

const CHECK_EVERY_MS = 1000
/** As npm start's own Ctrl-C: SIGTERM to the group, then SIGKILL to what is left after this. */
const GRACE_MS = 5000

/** Signals this process's group (npm start runs each server as a group leader), or it alone. */
function signalOwnGroup(signal: NodeJS.Signals) {
  try {
    process.kill(-process.pid, signal)
  } catch (error) {
    // Not a group leader (started some other way): this process alone.
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error
    process.kill(process.pid, signal)
  }
}

/**
 * Stops this process and its own children within a second of `supervisorPid` ending, the way
 * npm start's Ctrl-C would. The kernel hands an orphan to another parent at once, so a changed
 * parent id is the sign. Nothing is logged: the output went to npm start, and writing to its
 * closed pipe fails (Next.js then loops on the EPIPE error at full CPU, which the SIGKILL ends).
 */
export function stopWhenSupervisorEnds(supervisorPid: number | undefined): void {
  if (supervisorPid === undefined) return
  const timer = setInterval(() => {
    if (process.ppid === supervisorPid) return
    clearInterval(timer)
    setTimeout(() => signalOwnGroup('SIGKILL'), GRACE_MS)
    signalOwnGroup('SIGTERM')
  }, CHECK_EVERY_MS)
  timer.unref()
}
