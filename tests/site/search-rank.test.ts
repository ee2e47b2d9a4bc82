import { describe, expect, test } from 'vitest'

import {
  excerpt,
  matchTier,
  parseQuery,
  rankByTypedWords,
  tokenize,
} from '../../site/src/lib/search-rank'

const SCAM = 'Người dân cảnh giác. Các đối tượng lừa đảo yêu cầu chuyển tiền.'
const LEADERS = 'Lãnh đạo đơn vị lựa chọn cách làm phù hợp.'
const ISLAND = 'Lừa đối tượng ra đảo rồi bỏ trốn.'

describe('search ranking by the words as typed', () => {
  test('the phrase as typed beats every word as typed, which beats the folded phrase and folded words', () => {
    const q = parseQuery('lừa đảo')
    expect(matchTier(tokenize(SCAM), q)).toBe(4)
    expect(matchTier(tokenize(ISLAND), q)).toBe(3)
    expect(matchTier(tokenize('Giá lúa đạo lý'), q)).toBe(2)
    expect(matchTier(tokenize(LEADERS), q)).toBe(1)
  })

  test('"lừa đảo" puts the article saying it before newer ones that only fold to it; ties keep Pagefind order', () => {
    const found = [LEADERS, 'Lựa chọn lãnh đạo', SCAM, ISLAND]
    expect(rankByTypedWords(found, (t) => t, 'lừa đảo')).toEqual([
      SCAM,
      ISLAND,
      LEADERS,
      'Lựa chọn lãnh đạo',
    ])
  })

  test('a query typed without marks ranks the folded phrase first', () => {
    expect(rankByTypedWords([LEADERS, SCAM], (t) => t, 'lua dao')).toEqual([SCAM, LEADERS])
  })
})

describe('tokenize', () => {
  test('gives each word as written (lower case) and folded, with its place in the text', () => {
    expect(tokenize('Đội Cảnh sát, 113!').map((t) => [t.word, t.folded, t.start, t.end])).toEqual([
      ['đội', 'doi', 0, 3],
      ['cảnh', 'canh', 4, 8],
      ['sát', 'sat', 9, 12],
      ['113', '113', 14, 17],
    ])
  })
})

describe('search excerpt', () => {
  test('cuts a short window around the phrase as typed and marks the query words as written', () => {
    const text = `${'Mở đầu dài dòng. '.repeat(20)}${SCAM} ${'Kết thúc. '.repeat(20)}`
    const parts = excerpt(text, 'lừa đảo', 12)
    const shown = parts.map((p) => p.text).join('')
    expect(shown.startsWith('… ')).toBe(true)
    expect(shown.endsWith(' …')).toBe(true)
    expect(shown).toContain('Các đối tượng lừa đảo yêu cầu')
    expect(parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['lừa', 'đảo'])
  })

  test('marks folded matches too, in the words the article used', () => {
    const parts = excerpt('Bảo vệ an ninh Tổ quốc', 'bao ve')
    expect(parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['Bảo', 'vệ'])
    expect(parts.map((p) => p.text).join('')).toBe('Bảo vệ an ninh Tổ quốc')
  })

  test('keeps markup as text: the page builds text nodes from the parts', () => {
    expect(
      excerpt('<b>lừa</b> đảo', 'lừa')
        .map((p) => p.text)
        .join(''),
    ).toBe('<b>lừa</b> đảo')
  })
})
