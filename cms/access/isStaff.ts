import type { PayloadRequest } from 'payload'

import { hasRole } from './roles'

/** Any signed-in account with a role: reporters, editors, admins. */
export const isStaff = ({ req }: { req: PayloadRequest }): boolean => hasRole(req.user, 'reporter', 'editor', 'admin')
