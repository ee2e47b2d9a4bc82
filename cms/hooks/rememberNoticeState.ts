import { isCurrentNotice } from '../rebuild/currentNotice'
import { rememberLiveRow } from './rememberLiveRow'

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
 * showed: withdrawing it, or changing its photo, must take the old photo back. Runs for imports too.
 */
export const rememberNoticeState = rememberLiveRow({
  key: (_collection, id) => noticeBeforeKey(id),
  note: (row): NoticeBefore => ({
    current: isCurrentNotice(row),
    photo: noticePhotoId((row as { photo?: unknown } | null)?.photo),
  }),
})
