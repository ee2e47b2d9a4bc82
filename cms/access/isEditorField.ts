import type { FieldAccess } from 'payload'

import { hasRole } from './roles'

/** Field-level: a value only editors and admins decide (a reporter's input is dropped). */
export const isEditorField: FieldAccess = ({ req }) => hasRole(req.user, 'editor', 'admin')
