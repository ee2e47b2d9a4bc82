import type { Access, Where } from 'payload'

import { isEditorUser, isReporterUser } from './roles'

/**
 * Editors and admins edit any article. A reporter edits only articles they created that are not
 * live, and may not publish, so publishing, unpublishing and scheduling stay with editors.
 * A submitted article is closed to its reporter by `hooks/applyReviewTransition.ts`, not here:
 * Payload matches this rule against the latest draft and, when that fails, falls back to the live
 * row, which would let the reporter write over the submitted draft from an older copy.
 */
export const canUpdateArticle: Access = ({ req, data }) => {
  if (isEditorUser(req.user)) return true
  if (!isReporterUser(req.user) || data?._status === 'published') return false
  const ownUnpublished: Where = {
    and: [{ createdBy: { equals: req.user!.id } }, { _status: { not_equals: 'published' } }],
  }
  return ownUnpublished
}
