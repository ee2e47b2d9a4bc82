import type { CollectionAfterChangeHook } from 'payload'

import { eventDetail, eventsOfSave } from '../audit/article-events'
import { notifyArticleEvent } from '../newsroom/notify'

/** Mails whoever a save concerns (cms/newsroom/notify.ts). Seed and import notify nobody. */
export const notifyArticleChange: CollectionAfterChangeHook = async ({
  collection,
  doc,
  previousDoc,
  operation,
  req,
}) => {
  if (req.context?.skipRebuild || req.context?.skipNotify) return doc
  const events = await eventsOfSave(req, collection.slug, operation, previousDoc, doc)
  for (const action of events) {
    await notifyArticleEvent(req, action, doc, eventDetail(action, doc))
  }
  return doc
}
