import type { Article } from '@bantin/content-types'
import { describe, expect, test } from 'vitest'

import { collectMonths, collectTags, findNeighbours, findRelated, paginate, sortNewestFirst } from '../../site/src/lib/news'

const category = (id: number) => ({ id, name: `Mục ${id}`, slug: `muc-${id}` })
function article(id: number, publishedAt: string, tags: string[] = [], cat = 1): Article {
  return {
    id, title: `Bài ${id}`, slug: `bai-${id}`, lead: '', authors: [], category: category(cat), tags,
    publishedAt, updatedAt: publishedAt, _status: 'published',
  }
}

const a1 = article(1, '2023-06-16T16:02:00.000Z', ['An ninh', 'Tuần tra'])
const a2 = article(2, '2023-06-30T18:00:00.000Z', ['an ninh'])
const a3 = article(3, '2023-05-20T02:30:00.000Z', ['Tuần tra', 'An Ninh'], 2)
const a4 = article(4, '2023-06-01T00:00:00.000Z', [], 1)
const newest = sortNewestFirst([a3, a1, a4, a2])

describe('news indexes', () => {
  test('orders articles newest first', () => {
    expect(newest.map((a) => a.id)).toEqual([2, 1, 4, 3])
  })

  test('merges tags that differ only in case or marks into one page', () => {
    const tags = collectTags(newest)
    expect(tags.map((t) => [t.slug, t.name, t.articles.map((a) => a.id)])).toEqual([
      ['an-ninh', 'an ninh', [2, 1, 3]],
      ['tuan-tra', 'Tuần tra', [1, 3]],
    ])
  })

  test('files articles by month in Vietnam time', () => {
    // a2 is 30 June 18:00 UTC, i.e. 1 July in Vietnam.
    expect(collectMonths(newest).map((m) => [m.year, m.month, m.articles.map((a) => a.id)])).toEqual([
      [2023, 7, [2]],
      [2023, 6, [1, 4]],
      [2023, 5, [3]],
    ])
  })

  test('relates articles by shared tags first, then by category', () => {
    expect(findRelated(a1, newest).map((a) => a.id)).toEqual([3, 2, 4])
  })

  test('among equally related articles, prefers those published closest in time to the article', () => {
    const raid = article(10, '2023-01-10T02:00:00.000Z', ['Ma túy'], 3)
    const followUp = article(11, '2023-01-12T02:00:00.000Z', ['Ma túy'], 4)
    const newer = article(12, '2023-09-01T02:00:00.000Z', ['Ma túy'], 4)
    const sameSection = article(13, '2023-01-11T02:00:00.000Z', [], 3)
    const all = sortNewestFirst([raid, followUp, newer, sameSection])
    expect(findRelated(raid, all).map((a) => a.id)).toEqual([11, 12, 13])
    expect(findRelated(raid, all, 1).map((a) => a.id)).toEqual([11])
  })

  test('finds the older and newer article of the same section', () => {
    const section = newest.filter((a) => a.category?.id === 1)
    expect(findNeighbours(a1, section)).toEqual({ previous: a4, next: a2 })
    expect(findNeighbours(a2, section)).toEqual({ previous: a1, next: undefined })
  })

  test('splits a list into numbered pages', () => {
    expect(paginate([1, 2, 3, 4, 5], 2).map((p) => [p.page, p.items, p.pageCount])).toEqual([
      [1, [1, 2], 3],
      [2, [3, 4], 3],
      [3, [5], 3],
    ])
    expect(paginate([], 20)).toEqual([{ items: [], page: 1, pageCount: 1 }])
  })
})
