import type { Access, Where } from 'payload'

import { isStaffUser } from './roles'

const PUBLISHED_NOT_TRASHED: Where = {
  and: [{ _status: { equals: 'published' } }, { deletedAt: { exists: false } }],
}

/** Staff read everything; the public only published documents that are not in the trash. */
export const publishedOrStaff: Access = ({ req }) =>
  isStaffUser(req.user) ? true : PUBLISHED_NOT_TRASHED
