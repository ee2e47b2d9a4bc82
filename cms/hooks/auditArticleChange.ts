import type { CollectionAfterChangeHook } from 'payload'

import { articleEvents } from '../audit/article-events'
import { actorOf, recordAudit } from '../audit/record'
import { isPublic, readLiveRow, wasPublicKey } from '../rebuild/isPublic'

/**
 * One audit entry per thing a save did to an article (created, submitted, returned, published,
 * unpublished, trashed, restored). Seed and import (`context.skipRebuild`) are bulk loads by the
 * system, not newsroom work: they are not recorded article by article.
 */
export const auditArticleChange: CollectionAfterChangeHook = async ({ collection, doc, previousDoc, operation, req }) => {
  if (req.context?.skipRebuild || req.context?.skipAudit) return doc
  const liveNow = isPublic(await readLiveRow(req, collection.slug, doc.id))
  const wasLive = operation === 'update' && req.context[wasPublicKey(collection.slug, doc.id)] === true
  const events = articleEvents(operation, previousDoc, doc, { wasLive, liveNow })
  for (const action of events) {
    const detail = action === 'article.returned' ? (doc.reviewNote ?? null) : null
    await recordAudit(req, { action, actor: actorOf(req), target: { id: doc.id, title: doc.title }, detail })
  }
  req.context.articleEvents = events
  return doc
}
