import type { Access } from 'payload'

import { isStaffUser } from './roles'

/** The public reads an author only while an article that is public now credits them (see publicVisibility). */
export const publicAuthorOrStaff: Access = ({ req }) =>
  isStaffUser(req.user) ? true : { isPublic: { equals: true } }
