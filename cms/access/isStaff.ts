import type { PayloadRequest } from 'payload'

import { isStaffUser } from './roles'

/** Any signed-in account with a role: reporters, editors, admins. */
export const isStaff = ({ req }: { req: PayloadRequest }): boolean => isStaffUser(req.user)
