import type { CollectionAfterChangeHook } from 'payload'

import { isCurrentNotice, type NoticeRow } from '../rebuild/currentNotice'
import { readLiveRow } from '../rebuild/liveRow'
import { refreshPublicVisibility } from './publicVisibility'
import { type NoticeBefore, noticeBeforeKey, noticePhotoId } from './rememberNoticeState'

/**
 * After every save of a notice: its photo (the one the live notice showed before and shows now)
 * is public only while some current notice or public article shows it, and `onSite` records
 * whether the notice itself is public now, so the expiry job finds the ones that expire.
 */
export const refreshVisibilityOnNoticeChange: CollectionAfterChangeHook = async ({
  collection,
  doc,
  req,
}) => {
  const before = req.context[noticeBeforeKey(doc.id)] as NoticeBefore | undefined
  delete req.context[noticeBeforeKey(doc.id)]
  const row = (await readLiveRow(req, collection.slug, doc.id)) as
    (NoticeRow & { onSite?: boolean; photo?: unknown }) | null
  const current = isCurrentNotice(row)
  const media = new Set(
    [before?.photo ?? null, noticePhotoId(row?.photo)].filter((id) => id !== null),
  )
  await refreshPublicVisibility(req, { media, authors: new Set() })
  if (row && (row.onSite === true) !== current) {
    // A flag, not an edit: written through the adapter, so no new version and no rebuild.
    await req.payload.db.updateOne({
      collection: collection.slug,
      id: doc.id,
      data: { onSite: current },
      req,
      returning: false,
    })
  }
  return doc
}
