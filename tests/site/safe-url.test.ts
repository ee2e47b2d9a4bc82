import { describe, expect, test } from 'vitest'

import { safeHref } from '../../site/src/lib/rich-text/safe-url'

describe('safeHref', () => {
  // Browsers read a backslash in a URL as a slash, so each of these leaves the site for evil.example.
  test.each([
    '/\\evil.example',
    '\\/evil.example',
    '\\\\evil.example',
    '/\\/evil.example',
    '/\t\\evil.example',
    '/\n/evil.example',
    '\t/\r\\evil.example/tin-tuc',
    '//evil.example',
  ])('refuses %j, which a browser opens on another host', (url) => {
    expect(safeHref(url)).toBeNull()
  })

  test.each([
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'jav\rascript:alert(1)',
    ' \u0001javascript:alert(1)',
    'data\t:text/html,x',
  ])('refuses %j: whitespace inside a scheme does not hide it', (url) => {
    expect(safeHref(url)).toBeNull()
  })

  test('keeps site paths, anchors and allowed schemes as written', () => {
    expect(safeHref('/tin-tuc/mot-bai/')).toBe('/tin-tuc/mot-bai/')
    expect(safeHref('#muc-2')).toBe('#muc-2')
    expect(safeHref('https://bocongan.gov.vn/')).toBe('https://bocongan.gov.vn/')
    expect(safeHref('mailto:bandoc@congan.example.vn')).toBe('mailto:bandoc@congan.example.vn')
    expect(safeHref('tel:113')).toBe('tel:113')
  })
})
