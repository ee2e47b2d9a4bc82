import type { Article, Author, Category } from '@bantin/content-types'
import { getCollection } from 'astro:content'

import { collectMonths, collectTags, groupBy, type Month, sortNewestFirst, type Tag } from './news'

export interface SiteContent {
  articles: Article[]
  categories: Category[]
  authors: Author[]
  byCategory: Map<Category['id'], Article[]>
  byAuthor: Map<Author['id'], Article[]>
  tags: Tag[]
  months: Month[]
}

let cached: Promise<SiteContent> | undefined

async function loadContent(): Promise<SiteContent> {
  const articles = sortNewestFirst((await getCollection('articles')).map((e) => e.data as Article))
  const categories = (await getCollection('categories'))
    .map((e) => e.data as Category)
    .sort((a, b) => (a.order ?? 100) - (b.order ?? 100) || a.name.localeCompare(b.name, 'vi'))
  const authors = (await getCollection('authors')).map((e) => e.data as Author)
  return {
    articles,
    categories,
    authors,
    byCategory: groupBy(articles, (a) => [a.category.id]),
    byAuthor: groupBy(articles, (a) => a.authors.map((author) => author.id)),
    tags: collectTags(articles),
    months: collectMonths(articles),
  }
}

/** Everything the pages read, loaded and indexed once per build rather than once per page. */
export function getSiteContent(): Promise<SiteContent> {
  cached ??= loadContent()
  return cached
}
