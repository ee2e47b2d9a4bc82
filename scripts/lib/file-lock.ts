import lockfile from 'proper-lockfile'

/**
 * Runs `fn` holding the lock on `file` (proper-lockfile: a `<file>.lock` folder, made atomically,
 * its time refreshed while held, so a holder that crashed is recognised after `staleMs`), waiting
 * for as long as another process holds it. The file itself need not exist.
 */
export async function withFileLock<T>(
  file: string,
  fn: () => Promise<T>,
  { staleMs = 10_000, pollMs = 250 }: { staleMs?: number; pollMs?: number } = {},
): Promise<T> {
  let compromised: Error | undefined
  const release = await lockfile.lock(file, {
    realpath: false,
    stale: staleMs,
    retries: { forever: true, minTimeout: pollMs, maxTimeout: pollMs },
    // The lock was lost (its folder removed, or not refreshed in time): `fn` runs on, then fails.
    onCompromised: (error) => (compromised = error),
  })
  let result: T
  try {
    result = await fn()
  } finally {
    if (!compromised) await release()
  }
  if (compromised)
    throw new Error(`the lock on ${file} was lost while held: ${compromised.message}`)
  return result
}
