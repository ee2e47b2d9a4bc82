import { describe, expect, test } from 'vitest'

import { collectUploadIds } from '../../cms/hooks/publicVisibility'
import { toNFC } from '../../cms/hooks/normalizeText'

describe('toNFC', () => {
  test('normalises strings nested in objects and arrays, leaving other values alone', () => {
    const nfd = 'Thúy Triều'.normalize('NFD')
    const when = new Date(0)
    const out = toNFC({ a: nfd, b: [nfd, 3, null], c: { d: nfd }, when })
    expect(out).toEqual({ a: 'Thúy Triều', b: ['Thúy Triều', 3, null], c: { d: 'Thúy Triều' }, when })
    expect(out.when).toBe(when)
  })
})

describe('collectUploadIds', () => {
  test('finds media ids in upload nodes at any depth, populated or not', () => {
    const tree = {
      root: {
        children: [
          { type: 'paragraph', children: [{ type: 'text', text: 'a' }] },
          { type: 'upload', relationTo: 'media', value: 4 },
          { type: 'list', children: [{ type: 'upload', relationTo: 'media', value: { id: 9 } }] },
          { type: 'upload', relationTo: 'other', value: 5 },
        ],
      },
    }
    expect([...collectUploadIds(tree)]).toEqual([4, 9])
  })
})
