import type { PayloadRequest, TaskConfig } from 'payload'

import { queueRebuild } from '../rebuild/queueRebuild'

export const REBUILD_WHEN_WARNINGS_END = 'rebuildWhenWarningsEnd'
/** The task runs every minute; the window overlaps the last run so no end falls between two. */
const WINDOW_MS = 90_000

/**
 * A warning leaves the home page's strip on its end date, which no edit marks: when a published
 * warning ended since the last run, the site is rebuilt. Returns how many ended.
 */
export async function rebuildWhenWarningsEnd(req: PayloadRequest, now = new Date()): Promise<number> {
  const { totalDocs } = await req.payload.db.count({
    collection: 'articles',
    where: {
      and: [
        { _status: { equals: 'published' } },
        { deletedAt: { exists: false } },
        { isWarning: { equals: true } },
        { warningUntil: { greater_than: new Date(now.getTime() - WINDOW_MS).toISOString() } },
        { warningUntil: { less_than_equal: now.toISOString() } },
      ],
    },
    req,
  })
  if (totalDocs > 0) await queueRebuild(req, `articles: ${totalDocs} warning(s) ended`)
  return totalDocs
}

export const rebuildWhenWarningsEndTask: TaskConfig<{ input: object; output: { ended: number } }> = {
  slug: REBUILD_WHEN_WARNINGS_END,
  label: 'Cập nhật trang khi cảnh báo hết hạn',
  schedule: [{ cron: '30 * * * * *', queue: 'default' }],
  handler: async ({ req }) => ({ output: { ended: await rebuildWhenWarningsEnd(req) } }),
}
