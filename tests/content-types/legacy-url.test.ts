import { describe, expect, test } from 'vitest'

import { legacyPathOf } from '../../content-types/legacy-url'

describe('legacyPathOf', () => {
  test('a full old address becomes its path and query; the host and fragment are dropped', () => {
    expect(legacyPathOf(' https://congan.tinh.gov.vn/index.php?nv=news&op=abc.html#top ')).toBe(
      '/index.php?nv=news&op=abc.html',
    )
    expect(legacyPathOf('HTTP://old.example/Pages/Tin.aspx')).toBe('/Pages/Tin.aspx')
  })

  test('a path is kept as written, percent-encoding decoded', () => {
    expect(legacyPathOf('/tin-t%E1%BB%A9c/b%C3%A0i.html')).toBe('/tin-tức/bài.html')
    expect(legacyPathOf('/tin-tức/bài.html')).toBe('/tin-tức/bài.html')
  })

  test('values that name no page of a site give null', () => {
    for (const value of [
      '',
      'tin.html',
      '//other.host/x',
      'ftp://x/y',
      'javascript:alert(1)',
      '/',
      'https://x.vn/',
      '/%E0%A4%A',
    ]) {
      expect(legacyPathOf(value)).toBeNull()
    }
  })
})
