import type { Article } from '@bantin/content-types'

import { toVietnamTime } from './dates'
import { tagSlug } from './urls'

/** Articles per page on section, tag and author pages. */
export const LIST_PAGE_SIZE = 20

/** Newest first; ties broken by id so every build orders the same. */
export function sortNewestFirst(articles: Article[]): Article[] {
  return [...articles].sort(
    (a, b) => b.publishedAt.localeCompare(a.publishedAt) || String(b.id).localeCompare(String(a.id)),
  )
}

export function groupBy<K, T>(items: T[], keysOf: (item: T) => K[]): Map<K, T[]> {
  const groups = new Map<K, T[]>()
  for (const item of items) {
    for (const key of keysOf(item)) {
      const group = groups.get(key)
      if (group) group.push(item)
      else groups.set(key, [item])
    }
  }
  return groups
}

export interface Tag {
  slug: string
  /** The spelling used by the newest article. */
  name: string
  articles: Article[]
}

/** Tags by slug: "An ninh" and "an ninh" are one page, /the/an-ninh/. */
export function collectTags(newestFirst: Article[]): Tag[] {
  const groups = groupBy(newestFirst, (a) => [...new Set((a.tags ?? []).map(tagSlug).filter(Boolean))])
  return [...groups].map(([slug, articles]) => ({
    slug,
    name: (articles[0]!.tags ?? []).find((t) => tagSlug(t) === slug)!,
    articles,
  }))
}

export interface Month {
  year: number
  month: number
  articles: Article[]
}

/** Months in Vietnam time that have articles, newest first. */
export function collectMonths(newestFirst: Article[]): Month[] {
  const groups = groupBy(newestFirst, (a) => {
    const t = toVietnamTime(a.publishedAt)
    return [t.year * 100 + t.month]
  })
  return [...groups].map(([key, articles]) => ({ year: Math.floor(key / 100), month: key % 100, articles }))
}

/**
 * Articles sharing tags with `article` (most shared first), topped up from its category; among
 * equals, those published closest in time. Closeness rather than recency keeps an older article's
 * list about its own time, and means a new publish changes only recent articles' lists, so the
 * incremental build re-renders a handful of pages instead of every page with a common tag.
 */
export function findRelated(article: Article, newestFirst: Article[], count = 4): Article[] {
  const { time, tags } = relatedFacts(article)
  const candidates: Array<{ other: Article; shared: number; distance: number }> = []
  for (const other of newestFirst) {
    if (other.id === article.id) continue
    const facts = relatedFacts(other)
    let shared = 0
    for (const tag of facts.tags) if (tags.has(tag)) shared++
    if (shared > 0 || (article.category && other.category?.id === article.category.id)) {
      candidates.push({ other, shared, distance: Math.abs(facts.time - time) })
    }
  }
  return candidates
    .sort((a, b) => b.shared - a.shared || a.distance - b.distance)
    .slice(0, count)
    .map(({ other }) => other)
}

// Every article is compared with every other when the site is built; parse each one's date and
// tags once rather than a million times.
const facts = new WeakMap<Article, { time: number; tags: Set<string> }>()

function relatedFacts(article: Article) {
  let known = facts.get(article)
  if (!known) {
    known = { time: Date.parse(article.publishedAt), tags: new Set((article.tags ?? []).map(tagSlug)) }
    facts.set(article, known)
  }
  return known
}

export interface Neighbours {
  /** The next older article in the same category. */
  previous?: Article
  /** The next newer article in the same category. */
  next?: Article
}

export function findNeighbours(article: Article, newestFirstInCategory: Article[]): Neighbours {
  const i = newestFirstInCategory.findIndex((a) => a.id === article.id)
  if (i < 0) return {}
  return { previous: newestFirstInCategory[i + 1], next: i > 0 ? newestFirstInCategory[i - 1] : undefined }
}

export interface PageOf<T> {
  items: T[]
  page: number
  pageCount: number
}

export function paginate<T>(items: T[], pageSize: number): PageOf<T>[] {
  const pageCount = Math.max(1, Math.ceil(items.length / pageSize))
  return Array.from({ length: pageCount }, (_, i) => ({
    items: items.slice(i * pageSize, (i + 1) * pageSize),
    page: i + 1,
    pageCount,
  }))
}
