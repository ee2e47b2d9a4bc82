import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { isReporterUser } from '../access/roles'
import { SUBMITTED_IS_LOCKED } from './applyReviewTransition'

/**
 * A reporter's write to their submitted article is refused by the access rule
 * (access/canUpdateUnsubmittedArticle.ts), which runs after this and answers only "not allowed".
 * This says why first, from the latest draft (where the submission is).
 */
export const refuseWhileSubmitted: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  req,
}) => {
  const id = (args as { id?: number | string }).id
  if (operation !== 'update' || id === undefined || !isReporterUser(req.user)) return args
  const latest = await req.payload.findByID({
    collection: collection.slug as 'articles',
    id,
    draft: true,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    select: { reviewState: true },
    req,
  })
  if (latest?.reviewState === 'submitted') throw new APIError(SUBMITTED_IS_LOCKED, 403, null, true)
  return args
}
