import type { FieldAccess } from 'payload'

import { isStaffUser } from './roles'

/** Field-level: internal fields never leave the building. */
export const isStaffField: FieldAccess = ({ req }) => isStaffUser(req.user)
