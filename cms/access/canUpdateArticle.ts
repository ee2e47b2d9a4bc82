import type { Access, Where } from 'payload'

import { hasRole } from './roles'

/**
 * Editors and admins edit any article. A reporter edits only articles they created that are not
 * live, and may not publish, so publishing, unpublishing and scheduling stay with editors.
 */
export const canUpdateArticle: Access = ({ req, data }) => {
  if (hasRole(req.user, 'editor', 'admin')) return true
  if (!hasRole(req.user, 'reporter') || data?._status === 'published') return false
  const ownUnpublished: Where = {
    and: [{ createdBy: { equals: req.user!.id } }, { _status: { not_equals: 'published' } }],
  }
  return ownUnpublished
}
