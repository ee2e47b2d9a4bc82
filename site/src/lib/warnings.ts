import type { Article } from '@bantin/content-types'

import { articleImage, type SocialImage } from './seo'
import { absoluteUrl } from './urls'

/** The generic 1200×630 card (site/public) for a warning that has no image of its own. */
const WARNING_CARD = { path: '/canh-bao.jpg', width: 1200, height: 630 } as const

/** Warnings whose end date has not come at build time, newest first (as `articles` are). */
export function currentWarnings(newestFirst: Article[], now = new Date()): Article[] {
  return newestFirst.filter(
    (a) =>
      a.isWarning === true &&
      !!a.warningUntil &&
      new Date(a.warningUntil).getTime() > now.getTime(),
  )
}

/**
 * The share card Zalo and Facebook show. A warning's must be 1200×630: the article's own variant
 * of that size (made at upload from its social or hero image) when it has one, else the generic
 * warning card. Other articles keep what articleImage picks.
 */
export function shareImage(article: Article, site: URL | string): SocialImage | undefined {
  const own = articleImage(article, site)
  if (article.isWarning !== true) return own
  // The upload makes the 1200×630 variant only from an image at least that large.
  if (own && own.width === WARNING_CARD.width && own.height === WARNING_CARD.height) return own
  return {
    url: absoluteUrl(WARNING_CARD.path, site),
    width: WARNING_CARD.width,
    height: WARNING_CARD.height,
    alt: `Cảnh báo: ${article.title}`,
  }
}
