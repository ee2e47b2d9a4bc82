import type { APIRoute } from 'astro'

import { getWantedNotices } from '../../lib/content'
import { renderFeed, xmlResponse } from '../../lib/rss'
import { WANTED_FEED_PATH, WANTED_PATH, wantedPath } from '../../lib/urls'
import { noticeDescription, noticeTitle } from '../../lib/wanted-view'
import { SITE_INFO } from '../../site-info'

/** Current notices only: a notice that leaves the site leaves this feed in the same build. */
export const GET: APIRoute = async ({ site }) => {
  const notices = await getWantedNotices()
  const channel = {
    title: `Truy nã – ${SITE_INFO.shortTitle}`,
    description: 'Các đối tượng đang bị truy nã',
    link: WANTED_PATH,
    self: WANTED_FEED_PATH,
  }
  const items = notices.map((n) => ({
    title: noticeTitle(n),
    path: wantedPath(n.slug),
    date: n.decisionDate,
    description: noticeDescription(n),
  }))
  return xmlResponse(renderFeed(channel, items, site!))
}
