import type { Access } from 'payload'

import { isOwnLock, isStaffUser, mayEditLockedDocument } from './lockedDocument'
import { isEditorUser } from './roles'

/**
 * The admin's "take over" rewrites a lock's owner to the person taking over. An editor's action
 * (a reporter would otherwise push an editor out of their own draft), only in one's own name, on a
 * document one may edit, one lock at a time (a bulk update names no lock).
 */
export const canUpdateLock: Access = async ({ req, id, data }) => {
  if (id === undefined) return data === undefined && isStaffUser(req) // permission probe, not a write
  if (!isEditorUser(req.user) || data?.document !== undefined || data?.globalSlug !== undefined)
    return false
  const lock = await req.payload.findByID({
    collection: 'payload-locked-documents',
    id,
    depth: 0,
    req,
    overrideAccess: true,
    disableErrors: true,
  })
  if (!lock) return false
  const owner = data?.user !== undefined ? data : lock
  return isOwnLock(req, owner) && mayEditLockedDocument(req, lock.document)
}
