import type { Article } from '@bantin/content-types'
import { readdirSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { describe, expect, test } from 'vitest'

import { fragmentUrls } from '../../content-types/search-fragments'
import type { BuildProblem } from '../../site/src/lib/build-report'
import { renderRichText } from '../../site/src/lib/rich-text/render-rich-text'
import { mediaVersion } from '../../site/src/lib/media-version'
import { buildSiteContent, type RenderCache } from '../../site/src/lib/site-content'
import { STATIC_PAGES } from '../../site/src/lib/urls'
import {
  bridge,
  huongDiu,
  link,
  paragraph,
  publishedArticle,
  richText,
  security,
  traffic,
} from './helpers/awkward-news'

type BuildOptions = {
  missing?: string[]
  failOn?: number
  digests?: Map<string, string>
  cache?: RenderCache
  renders?: number[]
}
const build = (articles: Article[], options: BuildOptions = {}) => {
  const problems: BuildProblem[] = []
  const asked: string[][] = []
  const built = buildSiteContent(
    { articles, categories: [security, traffic], authors: [huongDiu], digests: options.digests },
    {
      cache: options.cache,
      report: (p) => void problems.push(p),
      fetchMedia: async (names) => {
        asked.push(names)
        return new Set(names.filter((n) => options.missing?.includes(n)))
      },
      renderBody: (a, opts) => {
        // Stands in for a renderer bug that only one article's content triggers.
        if (a.id === options.failOn) throw new TypeError('Cannot read properties of undefined')
        options.renders?.push(a.id as number)
        return renderRichText(a.body, opts)
      },
    },
  )
  return built.then((result) => ({ ...result, problems, asked }))
}

describe('buildSiteContent', () => {
  test('an article whose page fails to render is left out alone, and links to it become text', async () => {
    const linking = publishedArticle(2, 'bai-hai', {
      body: richText(paragraph(link('/tin-tuc/bai-mot/', 'xem bài một'))),
    })
    const { content, problems, pages } = await build(
      [publishedArticle(1, 'bai-mot'), linking, publishedArticle(3, 'bai-ba')],
      { failOn: 1 },
    )
    expect(content.articles.map((a) => a.id)).toEqual([3, 2])
    expect(content.bodies.get(2)).toBe('<p>xem bài một</p>')
    expect(problems.map((p) => [p.id, p.kind, p.action])).toEqual([
      ['1', 'render', 'left-out'],
      ['2', 'link', 'fixed-up'],
    ])
    expect(problems[0]!.message).toMatch(
      /^Bài «Bài 1» không dựng được thành trang nên chưa lên trang web/,
    )
    expect(problems[0]!.detail).toMatch(/TypeError: Cannot read properties of undefined/)
    expect([...pages.keys()]).toEqual(['3', '2'])
  })

  test('an article that fails only when rendered again is left out too, and links to it become text', async () => {
    const problems: BuildProblem[] = []
    const calls = new Map<number, number>()
    const { content } = await buildSiteContent(
      {
        articles: [
          publishedArticle(1, 'bai-mot'),
          publishedArticle(2, 'bai-hai', {
            body: richText(paragraph(link('/tin-tuc/bai-mot/', 'xem bài một'))),
          }),
          publishedArticle(3, 'bai-ba', {
            body: richText(paragraph(link('/tin-tuc/bai-hai/', 'xem bài hai'))),
          }),
        ],
        categories: [security, traffic],
        authors: [huongDiu],
      },
      {
        report: (p) => void problems.push(p),
        fetchMedia: async () => new Set(),
        renderBody: (a, opts) => {
          const id = a.id as number
          calls.set(id, (calls.get(id) ?? 0) + 1)
          // 1 always fails; 2 fails only on its second render, once 1 is gone.
          if (id === 1 || (id === 2 && calls.get(id)! > 1))
            throw new TypeError('Cannot read properties of undefined')
          return renderRichText(a.body, opts)
        },
      },
    )
    expect(content.articles.map((a) => a.id)).toEqual([3])
    expect(content.bodies.get(3)).toBe('<p>xem bài hai</p>')
    expect(problems.map((p) => [p.id, p.kind, p.action])).toEqual([
      ['1', 'render', 'left-out'],
      ['2', 'render', 'left-out'],
      ['3', 'link', 'fixed-up'],
    ])
  })

  test('gives the search index one record per published article, newest first, none for one left out', async () => {
    const { searchRecords } = await build(
      [
        publishedArticle(1, 'bai-mot'),
        publishedArticle(2, 'bai-hai'),
        publishedArticle(3, 'bai-ba'),
      ],
      { failOn: 2 },
    )
    expect(searchRecords.map((r) => [r.url, r.meta.title, r.meta.date])).toEqual([
      ['/tin-tuc/bai-ba/', 'Bài 3', '03/03/2024'],
      ['/tin-tuc/bai-mot/', 'Bài 1', '01/03/2024'],
    ])
    expect(searchRecords[0]!.text).toBe('Bài 3\nSapo 3\nNội dung 3\n\n\nHương Dịu\nAn ninh trật tự')
    // As written, without the title (shown apart): the search page ranks and cuts excerpts from it.
    expect(searchRecords[0]!.meta.text).toBe('Sapo 3\nNội dung 3\n\n\nHương Dịu\nAn ninh trật tự')
  })

  test('a later build in the same process renders again only the articles changed, or whose linked page changed', async () => {
    const linking = publishedArticle(3, 'bai-ba', {
      body: richText(paragraph(link('/tin-tuc/bai-hai/', 'xem bài hai'))),
    })
    const first = await build(
      [publishedArticle(1, 'bai-mot'), publishedArticle(2, 'bai-hai'), linking],
      {
        digests: new Map([
          ['1', 'd1'],
          ['2', 'd2'],
          ['3', 'd3'],
        ]),
      },
    )
    const renders: number[] = []
    const renamed = { ...security, name: 'An ninh' }
    const second = await buildSiteContent(
      {
        articles: [
          publishedArticle(1, 'bai-mot'),
          publishedArticle(3, 'bai-ba', { body: linking.body }),
          publishedArticle(4, 'bai-bon', { category: renamed }),
        ],
        categories: [renamed, traffic],
        authors: [huongDiu],
        digests: new Map([
          ['1', 'd1'],
          ['3', 'd3'],
          ['4', 'd4'],
        ]),
      },
      {
        report: () => {},
        fetchMedia: async () => new Set(),
        cache: first.cache,
        renderBody: (a, opts) => (renders.push(a.id as number), renderRichText(a.body, opts)),
      },
    )
    // 1: unchanged but its section was renamed; 3: its link now points nowhere; 4: new.
    expect(renders.sort()).toEqual([1, 3, 4])
    expect(second.content.bodies.get(3)).toBe('<p>xem bài hai</p>')
    const third = await buildSiteContent(
      {
        articles: [
          publishedArticle(1, 'bai-mot', { category: renamed }),
          publishedArticle(3, 'bai-ba', { body: linking.body }),
          publishedArticle(4, 'bai-bon', { category: renamed }),
        ],
        categories: [renamed, traffic],
        authors: [huongDiu],
        digests: new Map([
          ['1', 'd1'],
          ['3', 'd3'],
          ['4', 'd4'],
        ]),
      },
      {
        report: () => {},
        fetchMedia: async () => new Set(),
        cache: second.cache,
        renderBody: (a, opts) => (renders.push(a.id as number), renderRichText(a.body, opts)),
      },
    )
    expect(renders.length).toBe(3)
    expect(third.searchRecords.map((r) => r.url)).toEqual([
      '/tin-tuc/bai-bon/',
      '/tin-tuc/bai-ba/',
      '/tin-tuc/bai-mot/',
    ])
  })

  test('a stored article still pointing at a deleted section or author shows neither', async () => {
    const gone = { ...security, id: 9, slug: 'da-xoa', name: 'Đã xóa' }
    const { content, problems } = await build([
      publishedArticle(1, 'bai-mot', {
        category: gone,
        authors: [huongDiu, { ...huongDiu, id: 5, byline: 'Cũ', slug: 'cu' }],
      }),
    ])
    expect(content.articles[0]!.category).toBeNull()
    expect(content.articles[0]!.authors.map((a) => a.byline)).toEqual(['Hương Dịu'])
    expect(content.byCategory.size).toBe(0)
    expect(problems.map((p) => p.message)).toEqual([
      'Bài «Bài 1»: chuyên mục «Đã xóa» không còn trên trang web (đã bị xóa hoặc có lỗi), nên bài được đăng không thuộc chuyên mục nào. Hãy chọn lại chuyên mục cho bài.',
      'Bài «Bài 1»: tác giả «Cũ» không còn trên trang web (đã bị xóa hoặc có lỗi), nên không được ghi tên dưới bài. Hãy chọn lại tác giả cho bài.',
    ])
  })

  test('of two articles with one slug, the one published first keeps the page', async () => {
    const { content, problems } = await build([
      publishedArticle(2, 'trung'),
      publishedArticle(1, 'trung'),
    ])
    expect(content.articles.map((a) => a.id)).toEqual([1])
    expect(problems.map((p) => [p.id, p.action])).toEqual([['2', 'left-out']])
  })

  test('an image the CMS cannot deliver is dropped from the article; its other images and pages stay', async () => {
    const { content, problems, media, pages } = await build(
      [publishedArticle(1, 'bai-mot', { heroImage: bridge }), publishedArticle(2, 'bai-hai')],
      { missing: [`cau-vuot-800x533.${mediaVersion(bridge)}.webp`] },
    )
    expect(content.articles.find((a) => a.id === 1)!.heroImage).toBeNull()
    expect([...media]).toEqual([])
    expect(problems.map((p) => [p.id, p.kind, p.action])).toEqual([['1', 'media', 'fixed-up']])
    expect(pages.get('1')).toEqual({ files: ['tin-tuc/bai-mot/index.html'] })
  })

  test('an article owns the images no other article shows', async () => {
    const { pages, media } = await build([
      publishedArticle(1, 'bai-mot', { heroImage: bridge }),
      publishedArticle(2, 'bai-hai'),
    ])
    // Under the names the site publishes them by, with the image's version (lib/media-version.ts).
    const v = mediaVersion(bridge)
    expect(pages.get('1')!.files).toContain(`media/cau-vuot-480x320.${v}.avif`)
    expect(pages.get('2')!.files).toEqual(['tin-tuc/bai-hai/index.html'])
    expect(media.has(`cau-vuot-1200x630.${v}.jpg`)).toBe(true)
  })
})

describe('fragmentUrls', () => {
  test('reads the page URL of a Pagefind fragment, single or grouped', () => {
    const single = gzipSync('pagefind_dcd{"url":"/tin-tuc/a/","content":"x","meta":{}}')
    const grouped = gzipSync(
      'pagefind_dcd{"vi_1":{"url":"/tin-tuc/a/"},"vi_2":{"url":"/tin-tuc/b/"}}',
    )
    expect(fragmentUrls(single)).toEqual(['/tin-tuc/a/'])
    expect(fragmentUrls(grouped)).toEqual(['/tin-tuc/a/', '/tin-tuc/b/'])
  })
})

test('every MDX page of the site is among the static paths body links are checked against', () => {
  const pages = new URL('../../site/src/pages/', import.meta.url)
  const mdx = readdirSync(pages, { recursive: true, encoding: 'utf8' }).filter((f) =>
    f.endsWith('.mdx'),
  )
  const paths = mdx.map(
    (file) => `/${file.replace(/(^|\/)index\.mdx$|\.mdx$/, '$1').replace(/\/?$/, '/')}`,
  )
  expect(paths.sort()).toEqual([
    '/duong-day-nong/',
    '/en/',
    '/en/contacts/',
    '/en/functions/',
    '/en/organisation/',
    '/gioi-thieu/',
    '/lien-he/',
    '/to-giac-toi-pham/',
  ])
  for (const path of paths) expect(STATIC_PAGES).toContain(path)
})
