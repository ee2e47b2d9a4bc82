import type { FieldAccess } from 'payload'

import { hasRole } from './roles'

/** Field-level: internal fields never leave the building. */
export const isStaffField: FieldAccess = ({ req }) => hasRole(req.user, 'reporter', 'editor', 'admin')
