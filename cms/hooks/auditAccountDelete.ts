import type { CollectionAfterDeleteHook } from 'payload'

import { actorOf, recordAudit } from '../audit/record'

export const auditAccountDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  if (req.context?.skipAudit) return doc
  await recordAudit(req, {
    action: 'account.deleted',
    actor: actorOf(req),
    target: { id: doc.id, title: doc.email },
  })
  return doc
}
