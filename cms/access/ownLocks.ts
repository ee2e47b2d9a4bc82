import type { SanitizedConfig } from 'payload'

import { canCreateLock } from './canCreateLock'
import { canDeleteLock } from './canDeleteLock'
import { canUpdateLock } from './canUpdateLock'

/**
 * Payload adds its document-locks collection while sanitising the config, with "any signed-in
 * user" for every operation and no option to change it, so its access is set on the result.
 * The admin writes its own locks through the database, not through these rules.
 */
export function ownLocks(config: SanitizedConfig): SanitizedConfig {
  const locks = config.collections.find(
    (collection) => collection.slug === 'payload-locked-documents',
  )
  if (!locks)
    throw new Error('payload-locked-documents is missing: its access rules cannot be applied')
  locks.access = {
    ...locks.access,
    create: canCreateLock,
    update: canUpdateLock,
    delete: canDeleteLock,
  }
  return config
}
