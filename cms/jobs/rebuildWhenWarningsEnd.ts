import { VIETNAM_OFFSET_MS } from '@bantin/content-types/vietnam-time'
import type { PayloadRequest, TaskConfig } from 'payload'

import { queueRebuild } from '../rebuild/queueRebuild'

const REBUILD_WHEN_WARNINGS_END = 'rebuildWhenWarningsEnd'
/** The task runs every minute; the window overlaps the last run so no end falls between two. */
const WINDOW_MS = 90_000

/**
 * A warning leaves the home page's strip on its end date, which no edit marks: when a published
 * warning ended since the last run, the site is rebuilt. Returns how many ended.
 */
export async function rebuildWhenWarningsEnd(
  req: PayloadRequest,
  now = new Date(),
): Promise<number> {
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

const DAY_MS = 86_400_000

/** The last Monday 00:00 in Vietnam at or before `now`: the reception schedule's week begins then. */
export function weekStart(now: Date): Date {
  const local = new Date(now.getTime() + VIETNAM_OFFSET_MS)
  const sinceMonday = (local.getUTCDay() + 6) % 7
  const midnight =
    Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate()) - sinceMonday * DAY_MS
  return new Date(midnight - VIETNAM_OFFSET_MS)
}

/**
 * On Monday the reception schedule's "this week" and "next week" move on, which no edit marks:
 * the first run of a new week asks for a rebuild. Returns whether it did.
 */
async function rebuildWhenWeekStarts(req: PayloadRequest, now = new Date()): Promise<boolean> {
  if (now.getTime() - weekStart(now).getTime() > WINDOW_MS) return false
  await queueRebuild(req, 'reception-schedule: a new week began')
  return true
}

export const rebuildWhenWarningsEndTask: TaskConfig<{ input: object; output: { ended: number } }> =
  {
    slug: REBUILD_WHEN_WARNINGS_END,
    label: 'Cập nhật trang khi cảnh báo hết hạn hoặc sang tuần mới',
    schedule: [{ cron: '30 * * * * *', queue: 'default' }],
    handler: async ({ req }) => {
      await rebuildWhenWeekStarts(req)
      return { output: { ended: await rebuildWhenWarningsEnd(req) } }
    },
  }
