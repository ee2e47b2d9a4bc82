/**
 * Puts an earlier release back live: the previous kept one, or a named one, full or layered (its
 * base is kept by pruning for as long as it is). Only `current` changes; releases are never
 * deleted here, so a rollback can itself be undone by naming the newer release.
 */
import { openRelease } from './layer'
import {
  isReleaseId,
  listReleases,
  previousRelease,
  readCurrent,
  releasePath,
  switchCurrent,
} from './store'

export class RollbackError extends Error {
  override name = 'RollbackError'
}

interface Rollback {
  from: string | null
  to: string
}

/** A layered release goes live only with its base: otherwise say why, and change nothing. */
async function switchTo(releasesDir: string, id: string) {
  try {
    await openRelease(releasePath(releasesDir, id))
  } catch (error) {
    const why = (error as Error).message.replace(`${releasePath(releasesDir, id)}: `, '')
    throw new RollbackError(`release ${id} cannot go live: ${why}`, { cause: error })
  }
  await switchCurrent(releasesDir, id)
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
    await switchTo(releasesDir, id)
    return { from, to: id }
  }
  const to = await previousRelease(releasesDir)
  if (!to) {
    const why = from ? `release ${from} is the oldest one kept` : 'no release has been built yet'
    throw new RollbackError(`nothing to roll back to: ${why} (in ${releasesDir})`)
  }
  await switchTo(releasesDir, to)
  return { from, to }
}
