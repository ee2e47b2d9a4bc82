import { describe, expect, test } from 'vitest'

import { toNFC } from '../../cms/hooks/normalizeText'

describe('toNFC', () => {
  test('normalises strings nested in objects and arrays, leaving other values alone', () => {
    const nfd = 'Thúy Triều'.normalize('NFD')
    const when = new Date(0)
    const out = toNFC({ a: nfd, b: [nfd, 3, null], c: { d: nfd }, when })
    expect(out).toEqual({
      a: 'Thúy Triều',
      b: ['Thúy Triều', 3, null],
      c: { d: 'Thúy Triều' },
      when,
    })
    expect(out.when).toBe(when)
  })
})
