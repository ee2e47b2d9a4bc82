import type { Article } from '@bantin/content-types'
import { describe, expect, test } from 'vitest'

import { findNeighbours, findRelated, sortNewestFirst } from '../../site/src/lib/news'
import { relatedBesideNeighbours } from '../../site/src/lib/related'

const section = { id: 1, name: 'An ninh', slug: 'an-ninh' }
function article(id: number, day: number, tags: string[]): Article {
  const publishedAt = new Date(Date.UTC(2024, 0, day)).toISOString()
  return {
    id,
    title: `Bài ${id}`,
    slug: `bai-${id}`,
    lead: '',
    authors: [],
    category: section,
    tags,
    publishedAt,
    updatedAt: publishedAt,
    _status: 'published',
  }
}

// One section, all sharing a tag: the nearest in time are both the neighbours and the best related.
const newest = sortNewestFirst(
  Array.from({ length: 8 }, (_, i) => article(i + 1, i + 1, ['Tuần tra'])),
)
const middle = newest.find((a) => a.id === 5)!

describe('relatedBesideNeighbours', () => {
  test('never lists the previous or next article, and still fills the block', () => {
    const neighbours = findNeighbours(middle, newest)
    expect([neighbours.previous?.id, neighbours.next?.id]).toEqual([4, 6])
    // Without the rule the block would repeat both neighbours.
    expect(findRelated(middle, newest).map((a) => a.id)).toEqual(expect.arrayContaining([4, 6]))
    const related = relatedBesideNeighbours(middle, newest, neighbours).map((a) => a.id)
    expect(related).toHaveLength(4)
    expect(related).not.toContain(4)
    expect(related).not.toContain(6)
    expect(related).not.toContain(5)
  })

  test('the newest article, with no next one, leaves out only its previous', () => {
    const first = newest[0]!
    const neighbours = findNeighbours(first, newest)
    expect(neighbours.next).toBeUndefined()
    expect(relatedBesideNeighbours(first, newest, neighbours).map((a) => a.id)).toEqual([
      6, 5, 4, 3,
    ])
  })
})
