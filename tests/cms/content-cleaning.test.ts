import { describe, expect, test } from 'vitest'

import { MAX_BODY_DEPTH, richTextDepth } from '../../cms/hooks/checkBodyDepth'
import { cleanLine, cleanParagraphs, stripInvisible } from '../../cms/hooks/cleanText'
import { safeFileName } from '../../cms/hooks/safeUploadName'

describe('cleanText', () => {
  test('removes control, zero-width and direction characters, and mends half an emoji', () => {
    expect(stripInvisible('An\u200bninh\u0000\u001f\u202e\u2066 ok\t\n')).toBe('Anninh ok\t\n')
    expect(stripInvisible('Cờ 🇻🇳 \ud83d')).toBe('Cờ 🇻🇳 \ufffd')
  })
  test('one-line fields collapse whitespace; paragraphs keep their line breaks', () => {
    expect(cleanLine('  Bắt giữ\n\u00a0 đối   tượng ')).toBe('Bắt giữ đối tượng')
    expect(cleanParagraphs('  Dòng một  \u2028Dòng hai \n')).toBe('Dòng một\nDòng hai')
  })
})

describe('safeFileName', () => {
  test('makes phone and Windows names safe, with the extension of the detected type', () => {
    expect(safeFileName('IMG_2024 (1).jpg', 'image/jpeg')).toBe('img-2024-1.jpg')
    expect(safeFileName('Ảnh #3 ?%.JPEG', 'image/jpeg')).toBe('anh-3.jpg')
    expect(safeFileName('trang.html', 'image/png')).toBe('trang.png')
    expect(safeFileName('.htaccess', 'image/jpeg')).toBe('htaccess.jpg')
    expect(safeFileName('😀.png', 'image/png')).toBe('anh.png')
    expect(safeFileName('chup man hinh', 'image/webp')).toBe('chup-man-hinh.webp')
    expect(safeFileName('x.j p g', 'image/jpeg')).toBe('x.jpg')
  })
})

describe('richTextDepth', () => {
  const list = (child: object) => ({
    type: 'list',
    children: [{ type: 'listitem', children: [child] }],
  })
  const paragraph = { type: 'paragraph', children: [{ type: 'text', text: 'x' }] }

  test('a paragraph is one level; a list item belongs to its list', () => {
    expect(richTextDepth({ root: { type: 'root', children: [paragraph] } })).toBe(1)
    expect(richTextDepth({ root: { type: 'root', children: [list(list(paragraph))] } })).toBe(3)
    expect(richTextDepth(null)).toBe(0)
  })

  test('a tree 100,000 levels deep is measured without exhausting the stack', () => {
    let node: object = paragraph
    for (let i = 0; i < 100_000; i++) node = list(node)
    expect(richTextDepth({ root: { type: 'root', children: [node] } })).toBe(100_001)
    expect(MAX_BODY_DEPTH).toBe(20)
  })
})
