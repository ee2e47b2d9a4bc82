import type { Access } from 'payload'

import { hasRole } from './roles'

/** The public reads an author only while an article that is public now credits them (see publicVisibility). */
export const publicAuthorOrStaff: Access = ({ req }) =>
  hasRole(req.user, 'reporter', 'editor', 'admin') ? true : { isPublic: { equals: true } }
