import type { CollectionSlug, PayloadRequest } from 'payload'

import { isLive, readLiveRow, wasPublicKey } from '../rebuild/liveRow'
import type { AuditAction } from './actions'

type ArticleState =
  | { _status?: string | null; deletedAt?: string | null; reviewState?: string | null }
  | null
  | undefined

/**
 * What one save did to an article, for the audit trail and notifications. `wasLive` / `liveNow`
 * say whether the live row was public before and after: a draft saved over a live article leaves
 * it live, which only the live row tells.
 */
function articleEvents(
  operation: 'create' | 'update',
  before: ArticleState,
  after: ArticleState,
  { wasLive, liveNow }: { wasLive: boolean; liveNow: boolean },
): AuditAction[] {
  const events: AuditAction[] = []
  if (operation === 'create') events.push('article.created')
  if (after?.reviewState !== before?.reviewState || operation === 'create') {
    if (after?.reviewState === 'submitted') events.push('article.submitted')
    if (after?.reviewState === 'returned') events.push('article.returned')
  }
  if (after?.deletedAt && !before?.deletedAt) events.push('article.trashed')
  if (!after?.deletedAt && before?.deletedAt) events.push('article.restored')
  if (liveNow && after?._status === 'published' && (!wasLive || before?._status !== 'published')) {
    events.push('article.published')
  }
  if (wasLive && !liveNow && !after?.deletedAt) events.push('article.unpublished')
  return events
}

/**
 * The events of this save, computed once per article and request and shared by the hooks that
 * need them (audit trail, notifications); the live row is read once.
 */
export async function eventsOfSave(
  req: PayloadRequest,
  collection: CollectionSlug,
  operation: 'create' | 'update',
  before: ArticleState & { id?: number | string },
  after: ArticleState & { id: number | string },
): Promise<AuditAction[]> {
  const key = `articleEvents:${collection}:${after.id}`
  const cached = req.context[key] as AuditAction[] | undefined
  if (cached) return cached
  const liveNow = isLive(await readLiveRow(req, collection, after.id))
  const wasLive = operation === 'update' && req.context[wasPublicKey(collection, after.id)] === true
  const events = articleEvents(operation, before, after, { wasLive, liveNow })
  req.context[key] = events
  return events
}

/** What an event carries besides itself: the editor's note when an article is returned. */
export const eventDetail = (action: AuditAction, article: { reviewNote?: string | null }) =>
  action === 'article.returned' ? (article.reviewNote ?? null) : null
