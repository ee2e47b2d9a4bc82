import type { Where } from 'payload'

export type NoticeRow = {
  _status?: string | null
  deletedAt?: string | null
  status?: string | null
  expiresAt?: string | null
}

/**
 * A wanted notice is on the public site only while it is published, not trashed, still `wanted`
 * and not past its expiry. Leaving a wrongly identified person online is the worst thing the site
 * could do, so the expiry is part of every read rule, not only of the next build.
 */
export const isCurrentNotice = (row: NoticeRow | null | undefined, now = new Date()): boolean =>
  row?._status === 'published' &&
  !row.deletedAt &&
  row.status === 'wanted' &&
  (!row.expiresAt || new Date(row.expiresAt).getTime() > now.getTime())

/** The same rule as a query, for access and counts. */
export const currentNoticeWhere = (now = new Date()): Where => ({
  and: [
    { _status: { equals: 'published' } },
    { deletedAt: { exists: false } },
    { status: { equals: 'wanted' } },
    { or: [{ expiresAt: { exists: false } }, { expiresAt: { greater_than: now.toISOString() } }] },
  ],
})
