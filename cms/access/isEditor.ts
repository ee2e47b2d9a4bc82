import type { PayloadRequest } from 'payload'

import { isEditorUser } from './roles'

/** Editors and admins. */
export const isEditor = ({ req }: { req: PayloadRequest }): boolean => isEditorUser(req.user)
