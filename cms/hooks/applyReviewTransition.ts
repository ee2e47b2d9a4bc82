import { APIError, type CollectionBeforeChangeHook, ValidationError } from 'payload'

import { isEditorUser, isReporterUser } from '../access/roles'
import type { ReviewState } from '../fields/review'

export const REPORTER_REVIEW_REFUSED =
  'Phóng viên chỉ gửi bài đi duyệt ("Gửi duyệt"); trả lại hoặc rút bài về là việc của biên tập viên.'
export const SUBMITTED_IS_LOCKED =
  'Bài đang chờ biên tập viên duyệt nên chưa sửa được. Khi bài được trả lại, bạn sẽ sửa tiếp được.'
export const RETURN_NEEDS_NOTE =
  'Ghi rõ điều phóng viên cần sửa ở "Ghi chú của biên tập viên" trước khi trả lại bài.'

const stateOf = (value: unknown): ReviewState | undefined =>
  value === 'writing' || value === 'submitted' || value === 'returned' ? value : undefined

/**
 * Who may move an article between review states. A reporter only submits (their other writes keep
 * the state they read); an editor returns with a note; publishing, by hand or on schedule, closes
 * the round. Writes without a user (seed, import, the scheduler) are the system's own.
 */
export const applyReviewTransition: CollectionBeforeChangeHook = ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  const before = (operation === 'update' && stateOf(originalDoc?.reviewState)) || 'writing'
  const next = stateOf(data.reviewState) ?? before
  if (data._status === 'published') {
    data.reviewState = 'writing'
    return data
  }
  // The access rule says the same, but Payload checks it against the live row when the latest
  // draft does not match it, and a submission is a draft: this is the check that holds.
  if (isReporterUser(req.user) && before === 'submitted')
    throw new APIError(SUBMITTED_IS_LOCKED, 403, null, true)
  if (isReporterUser(req.user) && next !== before && next !== 'submitted') {
    throw new APIError(REPORTER_REVIEW_REFUSED, 403, null, true)
  }
  if (isEditorUser(req.user) && next === 'returned' && before !== 'returned') {
    const note = data.reviewNote !== undefined ? data.reviewNote : originalDoc?.reviewNote
    if (typeof note !== 'string' || !note.trim()) {
      throw new ValidationError({
        collection: 'articles',
        errors: [{ message: RETURN_NEEDS_NOTE, path: 'reviewNote' }],
        req,
      })
    }
  }
  data.reviewState = next
  return data
}
