import type { PayloadRequest } from 'payload'

import { hasRole } from './roles'

/** Editors and admins. */
export const isEditor = ({ req }: { req: PayloadRequest }): boolean => hasRole(req.user, 'editor', 'admin')
