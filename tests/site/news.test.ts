import type { Article } from '@bantin/content-types'
import { describe, expect, test } from 'vitest'

import {
  collectMonths,
  collectTags,
  findNeighbours,
  findRelated,
  LIST_MAX_PAGES,
  listPageCount,
  paginate,
  RELATED_WINDOW,
  sortNewestFirst,
} from '../../site/src/lib/news'
import { tagSlug } from '../../site/src/lib/urls'

const category = (id: number) => ({ id, name: `Mục ${id}`, slug: `muc-${id}` })
function article(id: number, publishedAt: string, tags: string[] = [], cat = 1): Article {
  return {
    id,
    title: `Bài ${id}`,
    slug: `bai-${id}`,
    lead: '',
    authors: [],
    category: category(cat),
    tags,
    publishedAt,
    updatedAt: publishedAt,
    _status: 'published',
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
    expect(
      collectMonths(newest).map((m) => [m.year, m.month, m.articles.map((a) => a.id)]),
    ).toEqual([
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

  test('a tag offers only the articles published nearest in time, so a far one sharing more tags waits its turn', () => {
    const hours = (n: number) => new Date(Date.UTC(2024, 2, 1) + n * 3_600_000).toISOString()
    const story = article(1, hours(0), ['An ninh', 'Ma túy'])
    // Enough nearby articles on each tag to fill both windows, in other sections.
    const nearby = Array.from({ length: RELATED_WINDOW + 4 }, (_, i) => [
      article(100 + i, hours(i + 1), ['An ninh'], 2),
      article(200 + i, hours(-(i + 1)), ['Ma túy'], 3),
    ]).flat()
    const yearsAgo = article(9, '2020-01-01T00:00:00.000Z', ['An ninh', 'Ma túy'], 4)
    const all = sortNewestFirst([story, yearsAgo, ...nearby])
    expect(findRelated(story, all).map((a) => a.id)).toEqual([100, 200, 101, 201])
    // With the windows not full, the older article sharing both tags comes first.
    const few = sortNewestFirst([story, yearsAgo, ...nearby.slice(0, 6)])
    expect(findRelated(story, few).map((a) => a.id)).toEqual([9, 100, 200, 101])
  })

  test('the same article object, asked again after a nearer article joined its tag, gets a list with the newcomer', () => {
    const story = article(1, '2024-03-01T00:00:00.000Z', ['An ninh'], 1)
    const old = article(2, '2023-01-01T00:00:00.000Z', ['An ninh'], 2)
    const before = sortNewestFirst([story, old])
    expect(findRelated(story, before).map((a) => a.id)).toEqual([2])
    // Unchanged archive: the same list again.
    expect(findRelated(story, sortNewestFirst([story, old]))).toBe(findRelated(story, before))
    const nearer = article(3, '2024-03-02T00:00:00.000Z', ['An ninh'], 3)
    expect(findRelated(story, sortNewestFirst([nearer, story, old])).map((a) => a.id)).toEqual([
      3, 2,
    ])
  })

  test('while no tag or section has more articles than the window, the order is that of ranking every article', () => {
    // Seeded pseudo-random archive: 40 articles, 6 tags, 3 sections, dates over two years.
    let seed = 7
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647
    const tags = ['An ninh', 'Ma túy', 'Giao thông', 'Phòng cháy', 'Cảnh báo', 'Tuần tra']
    const archive = Array.from({ length: 40 }, (_, i) =>
      article(
        i + 1,
        new Date(Date.UTC(2023, 0, 1) + Math.floor(random() * 730) * 86_400_000).toISOString(),
        tags.filter(() => random() < 0.25),
        1 + Math.floor(random() * 3),
      ),
    )
    const all = sortNewestFirst(archive)
    // Reference: every other article ranked by shared tags, then nearness in time, then newer.
    const slugs = (a: Article) => new Set((a.tags ?? []).map(tagSlug))
    const ranked = (story: Article) =>
      all
        .filter((o) => o.id !== story.id)
        .map((o, rank) => ({
          o,
          rank,
          shared: [...slugs(o)].filter((t) => slugs(story).has(t)).length,
          distance: Math.abs(Date.parse(o.publishedAt) - Date.parse(story.publishedAt)),
        }))
        .filter((c) => c.shared > 0 || c.o.category?.id === story.category?.id)
        .sort((a, b) => b.shared - a.shared || a.distance - b.distance || a.rank - b.rank)
        .slice(0, 4)
        .map((c) => c.o.id)
    const sizes = [
      ...collectTags(all).map((t) => t.articles.length),
      ...[1, 2, 3].map((c) => all.filter((a) => a.category?.id === c).length),
    ]
    expect(Math.max(...sizes)).toBeLessThanOrEqual(RELATED_WINDOW)
    expect(Math.min(...sizes)).toBeGreaterThan(4)
    for (const story of all) expect(findRelated(story, all).map((a) => a.id)).toEqual(ranked(story))
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
    expect(paginate([], 20)).toEqual([{ items: [], page: 1, pageCount: 1, continues: false }])
  })

  test('a list goes back at most LIST_MAX_PAGES pages; the rest is left to the archive', () => {
    const items = Array.from({ length: 250 }, (_, i) => i)
    const pages = paginate(items)
    expect(pages).toHaveLength(LIST_MAX_PAGES)
    expect(pages.at(-1)).toMatchObject({
      page: 10,
      pageCount: 10,
      continues: true,
      items: items.slice(180, 200),
    })
    expect(paginate(items.slice(0, 200)).at(-1)).toMatchObject({ page: 10, continues: false })
    expect(listPageCount(250)).toBe(10)
    expect(listPageCount(41)).toBe(3)
  })
})
