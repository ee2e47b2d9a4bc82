import { describe, expect, test } from 'vitest'

import { netlifyRedirects, stubFileOf, stubPage } from '../../site/src/integration/redirect-files'
import type { BuildProblem } from '../../site/src/lib/build-report'
import { legacyRedirects } from '../../site/src/lib/redirects'
import { publishedArticle } from './helpers/awkward-news'

const article = (id: number, slug: string, legacyUrl: string | null) =>
  publishedArticle(id, slug, { legacyUrl })

const paths = new Set([
  '/',
  '/gioi-thieu/',
  '/tin-tuc/mot/',
  '/tin-tuc/hai/',
  '/tin-tuc/ba/',
  '/tin-tuc/bon/',
  '/tin-tuc/nam/',
])

describe('legacyRedirects', () => {
  test("each article's old address, full or a path, leads to its page; articles without one have none", () => {
    const problems: BuildProblem[] = []
    const redirects = legacyRedirects(
      [
        article(
          2,
          'hai',
          'https://congan.binhphuoc.gov.vn/index.php?nv=news&op=an-ninh/bai-hai-12.html',
        ),
        article(1, 'mot', '/Pages/tin-an-ninh.aspx'),
        article(3, 'ba', null),
      ],
      paths,
      (p) => void problems.push(p),
    )
    expect(redirects).toEqual([
      { from: '/Pages/tin-an-ninh.aspx', to: '/tin-tuc/mot/' },
      { from: '/index.php?nv=news&op=an-ninh/bai-hai-12.html', to: '/tin-tuc/hai/' },
    ])
    expect(problems).toEqual([])
  })

  test('an old address that is no path, is a page of the site, or another article already has, is reported and left out', () => {
    const problems: BuildProblem[] = []
    const redirects = legacyRedirects(
      [
        article(5, 'nam', '/PAGES/tin-an-ninh.aspx'),
        article(4, 'bon', 'tin-an-ninh.aspx'),
        article(3, 'ba', '/gioi-thieu'),
        article(2, 'hai', 'https://congan.example.vn/tin-tuc/mot/index.html'),
        article(1, 'mot', '/Pages/tin-an-ninh.aspx'),
      ],
      paths,
      (p) => void problems.push(p),
    )
    expect(redirects).toEqual([{ from: '/Pages/tin-an-ninh.aspx', to: '/tin-tuc/mot/' }])
    expect(problems.map((p) => [p.id, p.kind, p.action])).toEqual([
      ['2', 'link', 'fixed-up'],
      ['3', 'link', 'fixed-up'],
      ['4', 'link', 'fixed-up'],
      ['5', 'link', 'fixed-up'],
    ])
    expect(problems[2]!.message).toContain('không phải một đường dẫn')
    expect(problems[1]!.message).toContain('trùng một trang của trang web mới')
    expect(problems[3]!.message).toContain('đã là địa chỉ cũ của bài «Bài 1»')
  })
})

describe('redirect files for static hosts', () => {
  test('_redirects has one 301 rule per old path, encoded; addresses with a query are left to the live server', () => {
    expect(
      netlifyRedirects([
        { from: '/Pages/tin-an-ninh.aspx', to: '/tin-tuc/mot/' },
        { from: '/tin-tức/bài cũ.html', to: '/tin-tuc/hai/' },
        { from: '/index.php?nv=news', to: '/tin-tuc/ba/' },
      ])
        .split('\n')
        .filter((line) => !line.startsWith('#')),
    ).toEqual([
      '/Pages/tin-an-ninh.aspx /tin-tuc/mot/ 301',
      '/tin-t%E1%BB%A9c/b%C3%A0i%20c%C5%A9.html /tin-tuc/hai/ 301',
      '',
    ])
  })

  test('a redirecting page stands at an old path only where a static host would show it as a page', () => {
    expect(stubFileOf('/tin-tuc/bai-cu.html')).toBe('tin-tuc/bai-cu.html')
    expect(stubFileOf('/tin-tuc/bai-cu')).toBe('tin-tuc/bai-cu/index.html')
    expect(stubFileOf('/tin-tuc/bai-cu/')).toBe('tin-tuc/bai-cu/index.html')
    expect(stubFileOf('/Pages/tin.aspx')).toBeNull()
    expect(stubFileOf('/index.php?nv=news')).toBeNull()
    expect(stubFileOf('/.well-known/x.html')).toBeNull()
    expect(stubFileOf('/a//b.html')).toBeNull()
  })

  test('the redirecting page refreshes to the new page and names it canonical', () => {
    const html = stubPage('/tin-tuc/mot/', 'https://congan.example.vn')
    expect(html).toContain('<link rel="canonical" href="https://congan.example.vn/tin-tuc/mot/">')
    expect(html).toContain(
      '<meta http-equiv="refresh" content="0; url=https://congan.example.vn/tin-tuc/mot/">',
    )
    expect(html).toContain('<a href="/tin-tuc/mot/">')
  })
})
