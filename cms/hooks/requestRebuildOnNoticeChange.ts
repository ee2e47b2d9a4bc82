import type { CollectionAfterChangeHook } from 'payload'

import { isCurrentNotice } from '../rebuild/currentNotice'
import { readLiveRow } from '../rebuild/liveRow'
import { queueRebuild } from '../rebuild/queueRebuild'
import { type NoticeBefore, noticeBeforeKey } from './rememberNoticeState'

/**
 * Like articles: a change to what the public sees asks for a rebuild, and a notice that leaves the
 * site (caught, withdrawn, expired, unpublished, trashed) is a takedown, taken off the live site
 * at once. Draft saves over a live notice change nothing public.
 */
export const requestRebuildOnNoticeChange: CollectionAfterChangeHook = async ({
  collection,
  doc,
  req,
}) => {
  if (req.context?.skipRebuild) return doc
  const row = await readLiveRow(req, collection.slug, doc.id)
  const liveNow = isCurrentNotice(row as Parameters<typeof isCurrentNotice>[0])
  if (doc._status !== 'published' && row?._status === 'published') return doc
  const wasLive =
    (req.context[noticeBeforeKey(doc.id)] as NoticeBefore | undefined)?.current === true
  if (!wasLive && !liveNow) return doc
  const reason = !liveNow ? 'withdrawn' : wasLive ? 'updated' : 'published'
  await queueRebuild(
    req,
    `${collection.slug} ${reason}`,
    { collection: collection.slug, id: doc.id },
    { takedown: !liveNow },
  )
  return doc
}
