import type { Article, Category } from '@bantin/content-types'
import { describe, expect, test } from 'vitest'

import { type KeyedContent, pageCacheKey } from '../../site/src/lib/cache-key'
import fixtures from './fixtures/articles.json'

const categories: Category[] = [
  { id: 1, name: 'An ninh trật tự', slug: 'an-ninh-trat-tu' },
  { id: 2, name: 'Giao thông', slug: 'giao-thong' },
]

/** A fresh copy of the content, as each build loads it anew from the content store. */
function loadContent(
  edit: (articles: Article[], categories: Category[]) => void = () => {},
): KeyedContent {
  const copy = structuredClone({ articles: fixtures as unknown as Article[], categories })
  edit(copy.articles, copy.categories)
  return copy
}

/** The props of the first article's page: the article and the others as its related list. */
const articlePageKey = (content: KeyedContent) =>
  pageCacheKey({ article: content.articles[0], related: content.articles.slice(1, 2) }, content)

describe('pageCacheKey', () => {
  test('gives the same key to the same content loaded again', () => {
    expect(articlePageKey(loadContent())).toBe(articlePageKey(loadContent()))
  })

  test('changes when a caption inside the page article body changes', () => {
    const edited = loadContent(([article]) => {
      const figure = (article!.body as any).root.children.find(
        (node: any) => node.type === 'upload',
      )
      figure.value.caption = 'Chú thích mới'
    })
    expect(articlePageKey(edited)).not.toBe(articlePageKey(loadContent()))
  })

  test('changes when an article shown in a list on the page is retitled', () => {
    const edited = loadContent((articles) => (articles[1]!.title = 'Tiêu đề mới'))
    expect(articlePageKey(edited)).not.toBe(articlePageKey(loadContent()))
  })

  test('changes when a category in the menu every page shows is renamed', () => {
    const edited = loadContent((_, menu) => (menu[1]!.name = 'Trật tự an toàn giao thông'))
    expect(articlePageKey(edited)).not.toBe(articlePageKey(loadContent()))
  })

  test('stays the same when an article the page does not show changes', () => {
    const edited = loadContent((articles) => (articles[2]!.title = 'Tiêu đề mới'))
    expect(articlePageKey(edited)).toBe(articlePageKey(loadContent()))
  })
})
