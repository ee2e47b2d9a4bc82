import type { PayloadRequest, TaskConfig } from 'payload'

import { refreshPublicVisibility } from '../hooks/publicVisibility'
import { noticePhotoId } from '../hooks/rememberNoticeState'
import { queueRebuild } from '../rebuild/queueRebuild'

const WITHDRAW_EXPIRED_NOTICES = 'withdrawExpiredNotices'

/**
 * Notices still marked as on the site whose expiry has passed: their page is already refused to
 * the public by the read rule, this takes their photo back and takes their page off the live site.
 * Exported for the task and for tests (which run it without the scheduler). Returns their ids.
 */
export async function withdrawExpiredNotices(
  req: PayloadRequest,
  now = new Date(),
): Promise<Array<number | string>> {
  const { docs } = await req.payload.db.find<{ id: number | string; photo?: unknown }>({
    collection: 'wanted-notices',
    where: {
      and: [{ onSite: { equals: true } }, { expiresAt: { less_than_equal: now.toISOString() } }],
    },
    limit: 100,
    pagination: false,
    req,
  })
  for (const notice of docs) {
    await req.payload.db.updateOne({
      collection: 'wanted-notices',
      id: notice.id,
      data: { onSite: false },
      req,
      returning: false,
    })
    const photo = noticePhotoId(notice.photo)
    if (photo !== null)
      await refreshPublicVisibility(req, { media: new Set([photo]), authors: new Set() })
    await queueRebuild(
      req,
      'wanted-notices expired',
      { collection: 'wanted-notices', id: notice.id },
      { takedown: true },
    )
  }
  return docs.map((doc) => doc.id)
}

/** Runs every minute inside the CMS (payload.config.ts, jobs): an expiry needs nobody at the keyboard. */
export const withdrawExpiredNoticesTask: TaskConfig<{
  input: object
  output: { withdrawn: number }
}> = {
  slug: WITHDRAW_EXPIRED_NOTICES,
  label: 'Gỡ lệnh truy nã hết hạn',
  schedule: [{ cron: '0 * * * * *', queue: 'default' }],
  handler: async ({ req }) => ({
    output: { withdrawn: (await withdrawExpiredNotices(req)).length },
  }),
}
