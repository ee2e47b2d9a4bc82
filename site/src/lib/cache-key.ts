import { createHash } from 'node:crypto'

import type { Article, Category } from '@bantin/content-types'

/** The part of the site's content a key reads (lib/content.ts's SiteContent has it). */
export interface KeyedContent {
  /** Every published article: the ones found in a page's props are digested whole. */
  articles: Article[]
  /** The menu every page shows. */
  categories: Category[]
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('base64url')

const articleDigests = new WeakMap<Article, string>()
const knownContent = new WeakMap<KeyedContent, { articles: Set<unknown>; menu: string }>()

function digestArticle(article: Article): string {
  let digest = articleDigests.get(article)
  if (digest === undefined) articleDigests.set(article, (digest = sha256(JSON.stringify(article))))
  return digest
}

/**
 * Gives the digest of an article whose whole content `source` identifies (lib/site-content.ts:
 * the store's digest of the stored version, with its section and bylines), sparing a
 * serialisation of every article on every build.
 */
export function knowArticleDigest(article: Article, source: string): void {
  const known = digestSources.get(article)
  if (known === source) return
  digestSources.set(article, source)
  articleDigests.set(article, sha256(source))
}

const digestSources = new WeakMap<Article, string>()

/**
 * The `cacheKey` that Astro's incremental build compares to decide whether a page can be copied
 * from the previous build instead of rendered again (astro.config.ts turns it on). It digests
 * the page's props and what every page shows, the category menu, so a page given a key must
 * render from nothing else. Articles inside the props are digested whole, once per build: a new
 * caption, byline or category name changes the key of every page that shows the article.
 */
export function pageCacheKey(props: unknown, content: KeyedContent): string {
  let known = knownContent.get(content)
  if (!known) {
    known = {
      articles: new Set(content.articles),
      menu: sha256(JSON.stringify(content.categories)),
    }
    knownContent.set(content, known)
  }
  const { articles, menu } = known
  return sha256(
    JSON.stringify([props, menu], (_key, value: unknown) =>
      articles.has(value)
        ? digestArticle(value as Article)
        : typeof value === 'string' && value.length > LONG_TEXT
          ? digestText(value)
          : value,
    ),
  )
}

/** Longer text (an article's body HTML) is digested once, not copied into every key's input. */
const LONG_TEXT = 512
const textDigests = new Map<string, string>()

function digestText(text: string): string {
  let digest = textDigests.get(text)
  if (digest === undefined) {
    // The bodies of one build at most: older ones are let go (a warm builder runs many builds).
    if (textDigests.size > MAX_TEXTS) textDigests.clear()
    textDigests.set(text, (digest = `text:${sha256(text)}`))
  }
  return digest
}

const MAX_TEXTS = 100_000
