import type { Access } from 'payload'

import { isStaffUser } from './roles'

/**
 * The public sees an image only while an article that is public now shows it (see publicVisibility).
 * Payload applies this rule to `/api/media/file/…` too, for the original and every variant.
 */
export const publicMediaOrStaff: Access = ({ req }) =>
  isStaffUser(req.user) ? true : { isPublic: { equals: true } }
