import type { Access } from 'payload'

import { canUpdateArticle } from './canUpdateArticle'

/**
 * Articles add the review round to `canUpdateArticle`: a reporter's article that waits for review
 * is closed to them until an editor returns it. As a `Where`, Payload's admin also reads it per
 * article and opens such an article read-only (hooks/mirrorReviewState.ts keeps the row it reads
 * current; hooks/refuseWhileSubmitted.ts gives the reporter the reason when they write anyway).
 */
export const canUpdateUnsubmittedArticle: Access = async (args) => {
  const rule = await canUpdateArticle(args)
  return typeof rule === 'boolean'
    ? rule
    : { and: [rule, { reviewState: { not_equals: 'submitted' } }] }
}
