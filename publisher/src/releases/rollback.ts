/**
 * Puts an earlier release back live: the previous kept one, or a named one. Only `current`
 * changes; releases are never deleted here, so a rollback can itself be undone by naming the
 * newer release.
 */
import { isReleaseId, listReleases, previousRelease, readCurrent, switchCurrent } from './store'

export class RollbackError extends Error {
  override name = 'RollbackError'
}

export interface Rollback {
  from: string | null
  to: string
}

export async function rollback(releasesDir: string, id?: string): Promise<Rollback> {
  const from = await readCurrent(releasesDir)
  const kept = await listReleases(releasesDir)
  if (id !== undefined) {
    if (!isReleaseId(id) || !kept.includes(id)) {
      const choices = kept.length ? `kept releases: ${kept.join(', ')}` : 'no release is kept'
      throw new RollbackError(`there is no release "${id}" in ${releasesDir} (${choices})`)
    }
    if (id === from) throw new RollbackError(`release ${id} is already live`)
    await switchCurrent(releasesDir, id)
    return { from, to: id }
  }
  const to = await previousRelease(releasesDir)
  if (!to) {
    const why = from ? `release ${from} is the oldest one kept` : 'no release has been built yet'
    throw new RollbackError(`nothing to roll back to: ${why} (in ${releasesDir})`)
  }
  await switchCurrent(releasesDir, to)
  return { from, to }
}
