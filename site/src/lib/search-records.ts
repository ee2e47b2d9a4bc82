import type { Article } from '@bantin/content-types'

import { formatVietnamDate } from './dates'
import { richTextToPlainText } from './rich-text/plain-text'
import { articlePath } from './urls'

export interface SearchRecord {
  url: string
  /** Everything a reader may search for: title, lead, body, captions, tags, bylines. */
  text: string
  /** Shown in results, with diacritics. */
  meta: { title: string; lead: string; date: string; category: string }
}

export function toSearchRecord(article: Article): SearchRecord {
  const text = [
    article.title,
    article.lead,
    richTextToPlainText(article.body),
    article.heroImage?.caption ?? '',
    (article.tags ?? []).join(', '),
    article.authors.map((a) => a.byline).join(', '),
    article.category?.name ?? '',
  ].join('\n')
  return {
    url: articlePath(article.slug),
    text,
    meta: {
      title: article.title,
      lead: article.lead,
      date: formatVietnamDate(article.publishedAt),
      category: article.category?.name ?? '',
    },
  }
}
