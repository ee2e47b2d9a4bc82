import type { Article } from '@bantin/content-types'

import { toRfc822 } from './dates'
import { escapeHtml } from './html'
import { absoluteUrl, articlePath } from './urls'

const FEED_SIZE = 50

interface Channel {
  title: string
  description: string
  /** Site-relative path of the page the feed mirrors, and of the feed itself. */
  link: string
  self: string
}

function renderItem(article: Article, site: string | URL): string {
  const url = absoluteUrl(articlePath(article.slug), site)
  return [
    '<item>',
    `<title>${escapeHtml(article.title)}</title>`,
    `<link>${escapeHtml(url)}</link>`,
    `<guid isPermaLink="true">${escapeHtml(url)}</guid>`,
    `<pubDate>${toRfc822(article.publishedAt)}</pubDate>`,
    `<description>${escapeHtml(article.lead)}</description>`,
    article.category ? `<category>${escapeHtml(article.category.name)}</category>` : '',
    ...article.authors.map((a) => `<dc:creator>${escapeHtml(a.byline)}</dc:creator>`),
    '</item>',
  ].join('')
}

const ATOM = 'xmlns:atom="http://www.w3.org/2005/Atom"'
const DUBLIN_CORE = 'xmlns:dc="http://purl.org/dc/elements/1.1/"'

/** The document both feeds share: the channel's own lines, then `head` lines, then the items. */
function renderChannel(
  channel: Channel,
  site: string | URL,
  { namespaces, head, items }: { namespaces: string; head: string[]; items: string[] },
): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<rss version="2.0" ${namespaces}>`,
    '<channel>',
    `<title>${escapeHtml(channel.title)}</title>`,
    `<link>${escapeHtml(absoluteUrl(channel.link, site))}</link>`,
    `<description>${escapeHtml(channel.description)}</description>`,
    '<language>vi</language>',
    `<atom:link href="${escapeHtml(absoluteUrl(channel.self, site))}" rel="self" type="application/rss+xml"/>`,
    ...head,
    ...items,
    '</channel>',
    '</rss>',
  ].join('\n')
}

const latestUpdate = (articles: Article[]) =>
  articles.reduce((max, a) => (a.updatedAt > max ? a.updatedAt : max), articles[0]!.updatedAt)

/** RSS 2.0, newest first. Text is escaped, never wrapped in CDATA, so no content can break out. */
export function renderRss(channel: Channel, newestFirst: Article[], site: string | URL): string {
  const items = newestFirst.slice(0, FEED_SIZE)
  return renderChannel(channel, site, {
    namespaces: `${ATOM} ${DUBLIN_CORE}`,
    head: [items.length ? `<lastBuildDate>${toRfc822(latestUpdate(items))}</lastBuildDate>` : ''],
    items: items.map((article) => renderItem(article, site)),
  })
}

/** An entry of a feed that is not articles (wanted notices): title, page, date, summary. */
export interface FeedItem {
  title: string
  path: string
  date: string
  description: string
}

/** RSS 2.0 of other items, in the given order, escaped as renderRss is. */
export function renderFeed(channel: Channel, items: FeedItem[], site: string | URL): string {
  const rendered = items.slice(0, FEED_SIZE).map((item) => {
    const url = escapeHtml(absoluteUrl(item.path, site))
    return (
      `<item><title>${escapeHtml(item.title)}</title><link>${url}</link><guid isPermaLink="true">${url}</guid>` +
      `<pubDate>${toRfc822(item.date)}</pubDate><description>${escapeHtml(item.description)}</description></item>`
    )
  })
  return renderChannel(channel, site, { namespaces: ATOM, head: [], items: rendered })
}

export const xmlResponse = (body: string, type = 'application/rss+xml') =>
  new Response(body, { headers: { 'Content-Type': `${type}; charset=utf-8` } })
