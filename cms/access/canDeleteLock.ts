import type { Access } from 'payload'

import { hasRole } from './roles'

/** One's own locks; an admin clears anyone's (a lock left behind by a closed browser, say). */
export const canDeleteLock: Access = ({ req }) => {
  if (hasRole(req.user, 'admin')) return true
  return hasRole(req.user, 'reporter', 'editor') ? { 'user.value': { equals: req.user!.id } } : false
}
