import type { Access } from 'payload'

import { hasRole } from './roles'

/** The public sees an image only once a published article has shown it (see markMediaPublic). */
export const publicMediaOrStaff: Access = ({ req }) =>
  hasRole(req.user, 'reporter', 'editor', 'admin') ? true : { isPublic: { equals: true } }
