import type { Access } from 'payload'

import { hasRole, isEditorUser } from './roles'

/** Admins read the whole trail; editors the article entries (not sign-ins or accounts). */
export const canReadAuditLog: Access = ({ req }) => {
  if (hasRole(req.user, 'admin')) return true
  return isEditorUser(req.user) ? { kind: { equals: 'article' } } : false
}
