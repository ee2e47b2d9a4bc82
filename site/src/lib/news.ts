import type { Article } from '@bantin/content-types'

import { toVietnamTime } from './dates'
import { tagSlug } from './urls'

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
  const tags = new Set((article.tags ?? []).map(tagSlug))
  const time = Date.parse(article.publishedAt)
  return newestFirst
    .filter((other) => other.id !== article.id)
    .map((other) => ({
      other,
      shared: (other.tags ?? []).filter((t) => tags.has(tagSlug(t))).length,
      distance: Math.abs(Date.parse(other.publishedAt) - time),
    }))
    .filter(({ other, shared }) => shared > 0 || other.category.id === article.category.id)
    .sort((a, b) => b.shared - a.shared || a.distance - b.distance)
    .slice(0, count)
    .map(({ other }) => other)
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
