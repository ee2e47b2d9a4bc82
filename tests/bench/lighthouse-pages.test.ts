import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'

import { median, pickPages } from '../../scripts/bench/lighthouse-pages'

const dist = mkdtempSync(path.join(tmpdir(), 'bantin-lh-'))
afterAll(() => rmSync(dist, { recursive: true, force: true }))

describe('lighthouse bench pages', () => {
  test('measures the first article, section and author the build wrote, search with the query, and /en/', async () => {
    for (const folder of [
      'tin-tuc/b-bai',
      'tin-tuc/a-bai',
      'chuyen-muc/giao-thong',
      'tac-gia/huong-diu',
    ])
      mkdirSync(path.join(dist, folder), { recursive: true })
    expect(await pickPages(dist, 'lừa đảo')).toEqual([
      ['home', '/'],
      ['article', '/tin-tuc/a-bai/'],
      ['category', '/chuyen-muc/giao-thong/'],
      ['search', '/tim-kiem/?q=l%E1%BB%ABa%20%C4%91%E1%BA%A3o'],
      ['author', '/tac-gia/huong-diu/'],
      ['english', '/en/'],
    ])
  })

  test('says to build the site first when a page type is missing', async () => {
    await expect(pickPages(path.join(dist, 'khong-co'), 'x')).rejects.toThrow(
      /has no page under \/tin-tuc\/: build the site first/,
    )
  })

  test('takes the median of the runs, odd or even', () => {
    expect(median([96, 100, 99])).toBe(99)
    expect(median([90, 100])).toBe(95)
  })
})
