import type { CollectionAfterChangeHook } from 'payload'

import { eventDetail, eventsOfSave } from '../audit/article-events'
import { actorOf, recordAudit } from '../audit/record'

/**
 * One audit entry per thing a save did to an article (created, submitted, returned, published,
 * unpublished, trashed, restored). Seed and import (`context.skipRebuild`) are bulk loads by the
 * system, not newsroom work: they are not recorded article by article.
 */
export const auditArticleChange: CollectionAfterChangeHook = async ({
  collection,
  doc,
  previousDoc,
  operation,
  req,
}) => {
  if (req.context?.skipRebuild || req.context?.skipAudit) return doc
  const events = await eventsOfSave(req, collection.slug, operation, previousDoc, doc)
  for (const action of events) {
    await recordAudit(req, {
      action,
      actor: actorOf(req),
      target: { id: doc.id, title: doc.title },
      detail: eventDetail(action, doc),
    })
  }
  return doc
}
