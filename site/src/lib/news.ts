import type { Article } from '@bantin/content-types'

import { toVietnamTime } from './dates'
import { tagSlug } from './urls'

/** Articles per page on section, tag and author pages. */
const LIST_PAGE_SIZE = 20
/**
 * Pages a section, tag or author list goes back; older articles are in the monthly archive and
 * search. Every new article shifts every page of its lists, so the depth bounds what a publish
 * renders however large the archive grows (at 20,000 articles, unbounded lists made it 1,000
 * pages a publish); 10 pages are 200 articles, months of news for one section.
 */
export const LIST_MAX_PAGES = 10

// Per article object, kept while the module lives: the prerender bundle is one module from build
// to build while the site's code is unchanged, and lib/site-content.ts hands an unchanged article
// over as the same object, so a warm builder works these out once per article, not per publish.
const articleFacts = new WeakMap<
  Article,
  { time: number; tags: string[]; tagSet: Set<string>; month: number }
>()

/** Its time, tag slugs (one per page: "An ninh" and "an ninh" are one) and Vietnam month (yyyymm). */
function factsOfArticle(article: Article) {
  let facts = articleFacts.get(article)
  if (!facts) {
    const t = toVietnamTime(article.publishedAt)
    const tagSet = new Set((article.tags ?? []).map(tagSlug).filter(Boolean))
    facts = {
      time: Date.parse(article.publishedAt),
      tags: [...tagSet],
      tagSet,
      month: t.year * 100 + t.month,
    }
    articleFacts.set(article, facts)
  }
  return facts
}

/** The slugs of an article's tags, once each; a tag with no slug (only punctuation) has no page. */
const tagSlugsOf = (article: Article): string[] => factsOfArticle(article).tags

// ISO 8601 times in one format, and ids, compare as plain strings (and far faster than localeCompare).
const descending = (a: string, b: string) => (a < b ? 1 : a > b ? -1 : 0)

/** Newest first; ties broken by id so every build orders the same. */
export function sortNewestFirst(articles: Article[]): Article[] {
  return [...articles].sort(
    (a, b) => descending(a.publishedAt, b.publishedAt) || descending(String(a.id), String(b.id)),
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
  const groups = groupBy(newestFirst, tagSlugsOf)
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
  const groups = groupBy(newestFirst, (a) => [factsOfArticle(a).month])
  return [...groups].map(([key, articles]) => ({
    year: Math.floor(key / 100),
    month: key % 100,
    articles,
  }))
}

/**
 * How many articles each of an article's tags, and its section, offer as related candidates: the
 * ones published nearest in time to it. It bounds the work per article (a tag on half the archive
 * costs as much as a rare one) and what a publish can change: a new article enters the related
 * lists of at most this many articles per tag it carries, so an incremental build re-renders a
 * bounded number of pages whatever the size of the archive.
 */
export const RELATED_WINDOW = 24

/**
 * Articles sharing tags with `article` (most shared first), topped up from its category; among
 * equals, those published closest in time, then the newer. Candidates are, for each of its tags
 * and for its section, the RELATED_WINDOW articles published nearest in time to it. Closeness
 * rather than recency keeps an older article's list about its own time, and means a new publish
 * changes only recent articles' lists.
 */
export function findRelated(article: Article, newestFirst: Article[], count = 4): Article[] {
  const index = relatedIndex(newestFirst)
  const own = index.facts.get(article) ?? factsOf(article)
  const lists = [...own.tags].map((tag) => index.byTag.get(tag))
  if (article.category) lists.push(index.byCategory.get(article.category.id))
  const windows = lists.map((list) => (list ? nearestInTime(list, own, index) : []))
  // The same candidates in the same order give the same list: most articles' candidates stay the
  // same from one publish to the next, and so does their related list (the same array).
  const known = relatedLists.get(article)
  if (known && known.count === count && sameWindows(known.windows, windows)) return known.related
  const candidates = new Map<Article, { shared: number; distance: number; rank: number }>()
  for (const window of windows) {
    for (const other of window) {
      if (other.id === article.id || candidates.has(other)) continue
      const facts = index.facts.get(other)!
      let shared = 0
      for (const tag of facts.tags) if (own.tags.has(tag)) shared++
      candidates.set(other, { shared, distance: Math.abs(facts.time - own.time), rank: facts.rank })
    }
  }
  const related = [...candidates]
    .sort(([, a], [, b]) => b.shared - a.shared || a.distance - b.distance || a.rank - b.rank)
    .slice(0, count)
    .map(([other]) => other)
  relatedLists.set(article, { windows, count, related })
  return related
}

// Per article object, like articleFacts: its candidates (by list) and the related list they gave.
const relatedLists = new WeakMap<
  Article,
  { windows: Article[][]; count: number; related: Article[] }
>()

const sameWindows = (a: Article[][], b: Article[][]) =>
  a.length === b.length &&
  a.every((window, i) => window.length === b[i]!.length && window.every((x, j) => x === b[i]![j]))

interface Facts {
  time: number
  /** Tag slugs; a tag with no slug (only punctuation) has no page and relates nothing. */
  tags: Set<string>
  /** Place in the newest-first list: breaks ties, and locates the article in every sub-list. */
  rank: number
}

interface RelatedIndex {
  facts: Map<Article, Facts>
  /** Newest first, like the whole list. */
  byTag: Map<string, Article[]>
  byCategory: Map<NonNullable<Article['category']>['id'], Article[]>
}

const factsOf = (article: Article, rank = -1): Facts => {
  const { time, tagSet } = factsOfArticle(article)
  return { time, tags: tagSet, rank }
}

// Built once per list of articles (once per build), then every article's list reads it.
const indexes = new WeakMap<Article[], RelatedIndex>()

function relatedIndex(newestFirst: Article[]): RelatedIndex {
  let index = indexes.get(newestFirst)
  if (index) return index
  const facts = new Map(newestFirst.map((article, rank) => [article, factsOf(article, rank)]))
  index = {
    facts,
    byTag: groupBy(newestFirst, tagSlugsOf),
    byCategory: groupBy(newestFirst, (a) => (a.category ? [a.category.id] : [])),
  }
  indexes.set(newestFirst, index)
  return index
}

/** The RELATED_WINDOW articles of `list` (newest first) published nearest to `own`, nearer first. */
function nearestInTime(list: Article[], own: Facts, index: RelatedIndex): Article[] {
  const facts = (a: Article) => index.facts.get(a)!
  // First entry older than the article (or the article itself): a binary search on the rank,
  // which orders every sub-list like the whole list.
  let low = 0
  let high = list.length
  while (low < high) {
    const mid = (low + high) >> 1
    const f = facts(list[mid]!)
    const newer = own.rank >= 0 ? f.rank < own.rank : f.time > own.time
    if (newer) low = mid + 1
    else high = mid
  }
  const picked: Article[] = []
  let up = low - 1
  let down = low
  while (picked.length <= RELATED_WINDOW && (up >= 0 || down < list.length)) {
    const upDistance = up >= 0 ? facts(list[up]!).time - own.time : Infinity
    const downDistance = down < list.length ? own.time - facts(list[down]!).time : Infinity
    // Equally near: the newer one, as the final order prefers.
    if (upDistance <= downDistance) picked.push(list[up--]!)
    else picked.push(list[down++]!)
  }
  return picked
}

export interface Neighbours {
  /** The next older article in the same category. */
  previous?: Article
  /** The next newer article in the same category. */
  next?: Article
}

const positions = new WeakMap<Article[], Map<Article['id'], number>>()

export function findNeighbours(article: Article, newestFirstInCategory: Article[]): Neighbours {
  let position = positions.get(newestFirstInCategory)
  if (!position)
    positions.set(
      newestFirstInCategory,
      (position = new Map(newestFirstInCategory.map((a, i) => [a.id, i]))),
    )
  const i = position.get(article.id)
  if (i === undefined) return {}
  return {
    previous: newestFirstInCategory[i + 1],
    next: i > 0 ? newestFirstInCategory[i - 1] : undefined,
  }
}

export interface PageOf<T> {
  items: T[]
  page: number
  pageCount: number
  /** The list goes on in the archive: there are more items than its pages hold. */
  continues: boolean
}

/** The number of pages `count` items take, at most `maxPages`. */
export const listPageCount = (
  count: number,
  pageSize = LIST_PAGE_SIZE,
  maxPages = LIST_MAX_PAGES,
) => Math.min(maxPages, Math.max(1, Math.ceil(count / pageSize)))

export function paginate<T>(
  items: T[],
  pageSize = LIST_PAGE_SIZE,
  maxPages = LIST_MAX_PAGES,
): PageOf<T>[] {
  const pageCount = listPageCount(items.length, pageSize, maxPages)
  return Array.from({ length: pageCount }, (_, i) => ({
    items: items.slice(i * pageSize, (i + 1) * pageSize),
    page: i + 1,
    pageCount,
    continues: items.length > pageCount * pageSize,
  }))
}
