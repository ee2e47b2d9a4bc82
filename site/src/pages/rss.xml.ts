import type { APIRoute } from 'astro'

import { getSiteContent } from '../lib/content'
import { renderRss, xmlResponse } from '../lib/rss'
import { FEED_PATH, HOME_PATH } from '../lib/urls'
import { SITE_INFO } from '../site-info'

export const GET: APIRoute = async ({ site }) => {
  const { articles } = await getSiteContent()
  const channel = {
    title: SITE_INFO.title,
    description: SITE_INFO.description,
    link: HOME_PATH,
    self: FEED_PATH,
  }
  return xmlResponse(renderRss(channel, articles, site!))
}
