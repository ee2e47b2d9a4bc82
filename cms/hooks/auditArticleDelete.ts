import type { CollectionAfterDeleteHook } from 'payload'

import { actorOf, recordAudit } from '../audit/record'

/** A permanent delete, recorded with the title it had (the article itself is gone). */
export const auditArticleDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  if (req.context?.skipRebuild || req.context?.skipAudit) return doc
  await recordAudit(req, {
    action: 'article.deleted',
    actor: actorOf(req),
    target: { id: doc.id, title: doc.title },
  })
  return doc
}
