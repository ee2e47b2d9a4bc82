import type { Article, Author, Category } from '@bantin/content-types'

import { collectMonths, collectTags, listPageCount } from './news'
import {
  archivePath,
  articlePath,
  authorPath,
  categoryFeedPath,
  categoryPath,
  FIXED_PATHS,
  mediaPath,
  tagPagePath,
} from './urls'

const pageCount = (items: number) => listPageCount(items)

/**
 * Every path this build writes, made with the same urls.ts builders the pages use, so a link in an
 * article body can be checked before the page is rendered. Paths are decoded, with the trailing
 * slash the site uses (a file such as `/rss.xml` has none).
 */
export function sitePaths(
  newestFirst: Article[],
  categories: Category[],
  authors: Author[],
  mediaFiles: Iterable<string>,
  otherPaths: Iterable<string> = [],
): Set<string> {
  const paths = new Set<string>(FIXED_PATHS)
  const add = (path: string) => paths.add(decodeURIComponent(path))
  const count = (key: (a: Article) => Array<string | number | undefined>) => {
    const counts = new Map<string | number, number>()
    for (const article of newestFirst) {
      for (const k of key(article)) if (k !== undefined) counts.set(k, (counts.get(k) ?? 0) + 1)
    }
    return counts
  }
  for (const article of newestFirst) add(articlePath(article.slug))
  const byCategory = count((a) => [a.category?.id])
  for (const category of categories) {
    add(categoryFeedPath(category.slug))
    for (let page = 1; page <= pageCount(byCategory.get(category.id) ?? 0); page++)
      add(categoryPath(category.slug, page))
  }
  const byAuthor = count((a) => a.authors.map((author) => author.id))
  for (const author of authors) {
    for (let page = 1; page <= pageCount(byAuthor.get(author.id) ?? 0); page++)
      add(authorPath(author.slug, page))
  }
  for (const tag of collectTags(newestFirst)) {
    for (let page = 1; page <= pageCount(tag.articles.length); page++)
      add(tagPagePath(tag.slug, page))
  }
  for (const month of collectMonths(newestFirst)) add(archivePath(month.year, month.month))
  for (const name of mediaFiles) add(mediaPath(name))
  // Notice, document and schedule pages (lib/content-type-paths.ts), already made with urls.ts.
  for (const path of otherPaths) add(path)
  return paths
}

/** Whether `path` (decoded, no query or hash) is one of `paths`; `/x` also finds `/x/`. */
export function hasPath(paths: Set<string>, path: string): boolean {
  return paths.has(path) || (!path.endsWith('/') && paths.has(`${path}/`))
}
