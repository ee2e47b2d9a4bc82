import type { Access, Where } from 'payload'

import { hasRole } from './roles'

const PUBLISHED_NOT_TRASHED: Where = {
  and: [{ _status: { equals: 'published' } }, { deletedAt: { exists: false } }],
}

/** Staff read everything; the public only published documents that are not in the trash. */
export const publishedOrStaff: Access = ({ req }) =>
  hasRole(req.user, 'reporter', 'editor', 'admin') ? true : PUBLISHED_NOT_TRASHED
