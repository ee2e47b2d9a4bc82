import type { CollectionBeforeChangeHook } from 'payload'

import { isCurrentNotice } from '../rebuild/currentNotice'
import { readLiveRow } from '../rebuild/liveRow'

export const noticeBeforeKey = (id: number | string) => `noticeBefore:wanted-notices:${id}`

export interface NoticeBefore {
  current: boolean
  photo: number | string | null
}

/** The photo's id, whether the row holds it populated or as an id. */
export const noticePhotoId = (v: unknown): number | string | null =>
  typeof v === 'number' || typeof v === 'string'
    ? v
    : v && typeof v === 'object'
      ? ((v as { id?: number | string }).id ?? null)
      : null

/**
 * Notes, before an update, whether the live notice was on the public site and which photo it
 * showed: withdrawing it, or changing its photo, must take the old photo back. Only the live row
 * knows; the document Payload compares with is the latest draft. Runs for imports too.
 */
export const rememberNoticeState: CollectionBeforeChangeHook = async ({
  collection,
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation !== 'update' || !originalDoc?.id) return data
  const row = await readLiveRow(req, collection.slug, originalDoc.id)
  const before: NoticeBefore = {
    current: isCurrentNotice(row),
    photo: noticePhotoId((row as { photo?: unknown } | null)?.photo),
  }
  req.context[noticeBeforeKey(originalDoc.id)] = before
  return data
}
