import type { Article } from '@bantin/content-types'

import { formatVietnamDate } from './dates'
import { richTextToPlainText } from './rich-text/plain-text'
import { articlePath } from './urls'

export interface SearchRecord {
  url: string
  /** Everything a reader may search for: title, lead, body, captions, tags, bylines. */
  text: string
  /**
   * Shown in results, with diacritics. `text` is everything searchable but the title, as written:
   * the search page ranks the words as typed first and cuts the excerpt from it (lib/search-rank.ts).
   */
  meta: { title: string; lead: string; date: string; category: string; text: string }
}

export function toSearchRecord(article: Article): SearchRecord {
  const written = [
    article.lead,
    richTextToPlainText(article.body),
    article.heroImage?.caption ?? '',
    (article.tags ?? []).join(', '),
    article.authors.map((a) => a.byline).join(', '),
    article.category?.name ?? '',
  ].join('\n')
  const text = `${article.title}\n${written}`
  return {
    url: articlePath(article.slug),
    text,
    meta: {
      title: article.title,
      lead: article.lead,
      date: formatVietnamDate(article.publishedAt),
      category: article.category?.name ?? '',
      text: written,
    },
  }
}
