import type { Article } from '@bantin/content-types'

import { socialImageOf } from './images'
import { richTextToPlainText } from './rich-text/plain-text'
import { SITE_INFO } from '../site-info'
import { absoluteUrl, articlePath, authorPath, mediaPath } from './urls'

export interface SocialImage {
  url: string
  width: number
  height: number
  alt: string
}

export function articleImage(article: Article, site: URL | string): SocialImage | undefined {
  const media = article.seo?.image ?? article.heroImage
  const file = media ? socialImageOf(media) : null
  if (!media || !file) return undefined
  return {
    url: absoluteUrl(mediaPath(file.filename), site),
    width: file.width,
    height: file.height,
    alt: media.alt,
  }
}

export function articleDescription(article: Article): string {
  const text = article.seo?.metaDescription || article.lead || richTextToPlainText(article.body)
  return text.length > 200 ? `${text.slice(0, 197).replace(/\s+\S*$/, '')}…` : text
}

/** schema.org NewsArticle, for search engines and link previews. */
export function newsArticleJsonLd(article: Article, site: URL | string): Record<string, unknown> {
  const image = articleImage(article, site)
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    description: articleDescription(article),
    image: image ? [image.url] : undefined,
    datePublished: article.publishedAt,
    dateModified: article.updatedAt,
    author: article.authors.map((author) => ({
      '@type': 'Person',
      name: author.byline,
      url: absoluteUrl(authorPath(author.slug), site),
    })),
    publisher: {
      '@type': 'GovernmentOrganization',
      name: SITE_INFO.title,
      logo: { '@type': 'ImageObject', url: absoluteUrl('/logo.png', site) },
    },
    mainEntityOfPage: absoluteUrl(articlePath(article.slug), site),
    articleSection: article.category?.name,
    keywords: article.tags?.length ? article.tags.join(', ') : undefined,
    inLanguage: 'vi',
  }
}

/** JSON for a <script> element: "</script>" inside a headline must not end the element. */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c')
}
