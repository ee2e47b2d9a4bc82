import type { FieldAccess } from 'payload'

import { isEditorUser } from './roles'

/** Field-level: a value only editors and admins decide (a reporter's input is dropped). */
export const isEditorField: FieldAccess = ({ req }) => isEditorUser(req.user)
