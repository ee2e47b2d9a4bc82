import type { CollectionAfterChangeHook } from 'payload'

/**
 * A draft save writes only a new version; the article's own row keeps the review state it had.
 * Payload's admin decides whether a reporter may edit an article by matching the update rule
 * (access/canUpdateUnsubmittedArticle.ts) against that row, so the state is copied onto it: a
 * submitted article then opens read-only for its reporter. Only the column is written (no version,
 * no hooks); the row's content stays what was last published or first created.
 */
export const mirrorReviewState: CollectionAfterChangeHook = async ({
  collection,
  doc,
  previousDoc,
  operation,
  req,
}) => {
  if (operation !== 'update' || req.context.skipReviewMirror) return doc
  if (doc.reviewState === previousDoc?.reviewState) return doc
  await req.payload.db.updateOne({
    collection: collection.slug,
    id: doc.id,
    data: { reviewState: doc.reviewState },
    req,
  })
  return doc
}
