import type { Access } from 'payload'

import { hasRole } from './roles'

/**
 * The public sees an image only while an article that is public now shows it (see publicVisibility).
 * Payload applies this rule to `/api/media/file/…` too, for the original and every variant.
 */
export const publicMediaOrStaff: Access = ({ req }) =>
  hasRole(req.user, 'reporter', 'editor', 'admin') ? true : { isPublic: { equals: true } }
