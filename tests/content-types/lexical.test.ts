import { describe, expect, test } from 'vitest'

import {
  lexicalRoot,
  type LexicalNode,
  paragraphNode,
  uploadIdsIn,
} from '../../content-types/lexical'

describe('uploadIdsIn', () => {
  test('finds media ids in upload nodes at any depth, in document order, populated or not', () => {
    const tree = lexicalRoot([
      paragraphNode('Hội nghị tổng kết'),
      { type: 'upload', version: 3, relationTo: 'media', value: 4 },
      {
        type: 'list',
        version: 1,
        children: [{ type: 'upload', version: 3, relationTo: 'media', value: { id: 9 } }],
      },
      { type: 'upload', version: 3, relationTo: 'other', value: 5 },
      { type: 'upload', version: 3, relationTo: 'media', value: '65a1f0c2e4b0a1b2c3d4e5f6' },
      { type: 'upload', version: 3, relationTo: 'media', value: { id: 4 } },
    ])
    expect(uploadIdsIn(tree)).toEqual([4, 9, '65a1f0c2e4b0a1b2c3d4e5f6', 4])
  })

  test('a tree nested 100,000 deep is walked without overflowing the stack', () => {
    let node: LexicalNode = { type: 'upload', version: 3, relationTo: 'media', value: 12 }
    for (let i = 0; i < 100_000; i++) node = { type: 'quote', version: 1, children: [node] }
    expect(uploadIdsIn(lexicalRoot([node]))).toEqual([12])
  })

  test('nothing that is not a tree has images', () => {
    for (const value of [null, undefined, 'văn bản', 3, { root: null }])
      expect(uploadIdsIn(value)).toEqual([])
  })
})

describe('paragraphNode', () => {
  test('holds its text in one plain text node', () => {
    expect(paragraphNode('Công an tỉnh').children).toEqual([
      {
        type: 'text',
        version: 1,
        text: 'Công an tỉnh',
        format: 0,
        detail: 0,
        mode: 'normal',
        style: '',
      },
    ])
  })
})
