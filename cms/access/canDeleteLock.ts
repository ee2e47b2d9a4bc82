import type { Access } from 'payload'

import { hasRole, isStaffUser } from './roles'

/** One's own locks; an admin clears anyone's (a lock left behind by a closed browser, say). */
export const canDeleteLock: Access = ({ req }) => {
  if (hasRole(req.user, 'admin')) return true
  return isStaffUser(req.user) ? { 'user.value': { equals: req.user!.id } } : false
}
