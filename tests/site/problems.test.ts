import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { validateRelease } from '../../publisher/src/releases/validate'
import { mediaVersion, versionedName } from '../../site/src/lib/media-version'
import {
  awkwardArticles,
  DEEP_SENTENCE,
  deletedSection,
  huongDiu,
  lostPhoto,
  minhKhoi,
  oddNames,
  phonePhoto,
  bridge,
  secondPublish,
  security,
  traffic,
  variantFiles,
} from './helpers/awkward-news'
import { startFakeCmsServer, type FakeCmsServer } from './helpers/cms-server'
import { hrefsOf, listFiles, parsePage, readPage, readText, textOf } from './helpers/dist'
import { createFakeCms, type FakeCms } from './helpers/fake-cms'
import { type BuildResult, createSiteBuild, type SiteBuild } from './helpers/run-build'

interface Problem {
  collection: string
  id: string
  title: string
  kind: string
  action: string
  message: string
  detail: string
}

let cms: FakeCms
let server: FakeCmsServer
let site: SiteBuild
let first: BuildResult
let firstProblems: Problem[]
let firstPages: Record<string, { files: string[]; search: string[] }>

const problemsOf = () =>
  (JSON.parse(readText(site.dist, '.build-problems.json')) as { problems: Problem[] }).problems
const pagesOf = () =>
  (JSON.parse(readText(site.dist, '.pages.json')) as { articles: typeof firstPages }).articles
const entries = (problems: Problem[], id: number) =>
  problems
    .filter((p) => p.collection === 'articles' && p.id === String(id))
    .map((p) => [p.kind, p.action])
const messagesOf = (problems: Problem[], id: number) =>
  problems.filter((p) => p.id === String(id)).map((p) => p.message)

beforeAll(async () => {
  cms = createFakeCms({
    articles: awkwardArticles(),
    categories: [security, traffic],
    authors: [huongDiu, minhKhoi],
    media: [],
  })
  server = await startFakeCmsServer(cms)
  for (const media of [bridge, phonePhoto, oddNames]) {
    for (const name of variantFiles(media)) server.files.set(name, Buffer.from(`image ${name}`))
  }
  site = createSiteBuild()
  first = await site.run(server.url)
  firstProblems = existsSync(path.join(site.dist, '.build-problems.json')) ? problemsOf() : []
  firstPages = existsSync(path.join(site.dist, '.pages.json')) ? pagesOf() : {}
}, 300_000)

afterAll(async () => {
  await server?.close()
  await site?.remove()
})

describe('a site build given awkward documents', () => {
  test('succeeds, and the normal article is published with its real content', () => {
    expect(first.output).not.toMatch(/build:site failed/)
    expect(first.code).toBe(0)
    const doc = parsePage(site.dist, '/tin-tuc/bao-ve-an-ninh-to-quoc/')
    expect(textOf(doc, 'h1')).toEqual(['Bảo vệ an ninh Tổ quốc trong tình hình mới'])
    expect(textOf(doc, '.body')).toEqual([
      'Lực lượng Công an quyết tâm giữ bình yên cho nhân dân. Tin giao thông',
    ])
    expect(doc.querySelector('.body a')!.getAttribute('href')).toBe('/chuyen-muc/giao-thong/')
    expect(textOf(doc, '.byline')).toEqual(['Hương Dịu, Minh Khôi'])
  })

  test('a new article that fails the schema is left out, reported in Vietnamese, and the others are built', () => {
    expect(entries(firstProblems, 2)).toEqual([['schema', 'left-out']])
    expect(messagesOf(firstProblems, 2)[0]).toMatch(
      /chưa lên trang web vì dữ liệu không hợp lệ \(tiêu đề\)/,
    )
    expect(listFiles(site.dist).some((f) => f.startsWith('tin-tuc/bai-khong-tieu-de/'))).toBe(false)
    expect(firstPages['2']).toBeUndefined()
    expect(textOf(parsePage(site.dist, '/tin-tuc/tuan-tra-dip-le/'), 'h1')).toEqual([
      'Tuần tra kiểm soát dịp lễ',
    ])
  })

  test('a deleted section or author (null, a bare id, or a stale copy) is left off the page and reported', () => {
    expect(entries(firstProblems, 4)).toEqual([
      ['schema', 'fixed-up'],
      ['schema', 'fixed-up'],
    ])
    expect(firstProblems.find((p) => p.id === '4' && /authors\.0/.test(p.detail))!.message).toMatch(
      /tác giả/,
    )
    const dangling = parsePage(site.dist, '/tin-tuc/bai-co-chuyen-muc-da-xoa/')
    expect(textOf(dangling, '.byline')).toEqual(['Hương Dịu'])
    expect(textOf(dangling, '.breadcrumb li')).toEqual(['Trang chủ'])
    expect(entries(firstProblems, 5)).toEqual([['schema', 'fixed-up']])
    expect(messagesOf(firstProblems, 5)[0]).toMatch(
      /chuyên mục «Chuyên mục đã xóa» không còn trên trang web/,
    )
    expect(readPage(site.dist, '/tin-tuc/bai-giu-chuyen-muc-cu/')).not.toContain(
      `/chuyen-muc/${deletedSection.slug}/`,
    )
  })

  test('a missing publication date falls back to the last change and is reported', () => {
    expect(entries(firstProblems, 6)).toEqual([['schema', 'fixed-up']])
    expect(messagesOf(firstProblems, 6)[0]).toMatch(/ngày đăng/)
    const doc = parsePage(site.dist, '/tin-tuc/bai-chua-co-ngay-dang/')
    expect(doc.querySelector('.article .meta time')!.getAttribute('datetime')).toBe(
      '2024-03-06T08:00:00+07:00',
    )
  })

  test('rich text nested 10,000 deep is flattened to its words, published and reported', () => {
    expect(entries(firstProblems, 8)).toEqual([['schema', 'fixed-up']])
    expect(messagesOf(firstProblems, 8)[0]).toMatch(/lồng nhau quá sâu/)
    const doc = parsePage(site.dist, '/tin-tuc/bai-long-nhau-rat-sau/')
    expect(textOf(doc, '.body')).toEqual([DEEP_SENTENCE])
    expect(doc.querySelectorAll('.body blockquote').length).toBeLessThanOrEqual(32)
  })

  test('a body link to a page the site does not have becomes its words, and is reported', () => {
    const doc = parsePage(site.dist, '/tin-tuc/bai-co-lien-ket-hong/')
    expect(textOf(doc, '.body')).toEqual(['Xem thêm bài cũ đã gỡ và chuyên mục'])
    expect(hrefsOf(doc, '.body a')).toEqual(['/chuyen-muc/an-ninh-trat-tu/'])
    expect(entries(firstProblems, 9)).toEqual([['link', 'fixed-up']])
    expect(messagesOf(firstProblems, 9)[0]).toBe(
      'Bài «Bài có liên kết hỏng» có liên kết tới trang không tồn tại: /tin-tuc/khong-ton-tai/. ' +
        'Liên kết đã được bỏ (giữ lại chữ «bài cũ đã gỡ»); hãy sửa lại trong nội dung.',
    )
  })

  test('a lead that mentions /media/khong-co.jpg is only text: nothing is downloaded for it', () => {
    expect(textOf(parsePage(site.dist, '/tin-tuc/bai-nhac-duong-dan-anh/'), '.lead')).toEqual([
      'Ảnh gốc nằm ở /media/khong-co.jpg trên máy chủ cũ.',
    ])
    expect(server.requests.filter((r) => r.includes('khong-co'))).toEqual([])
    expect(entries(firstProblems, 10)).toEqual([])
  })

  test('image files named with spaces, parentheses, #, % and Vietnamese letters are linked encoded and copied', () => {
    const html = readPage(site.dist, '/tin-tuc/bai-co-anh-dien-thoai/')
    // Published with the image's version before the extension (lib/media-version.ts).
    const phone = (name: string) => versionedName(name, mediaVersion(phonePhoto))
    const odd = (name: string) => versionedName(name, mediaVersion(oddNames))
    expect(html).toContain(`src="/media/${encodeURIComponent(phone('IMG_2024 (1)-800x533.webp'))}"`)
    expect(html).toContain(`/media/${encodeURIComponent(odd('Ảnh #2 giảm 50%-480x320.avif'))} 480w`)
    const copied = listFiles(site.dist).filter((f) => f.startsWith('media/'))
    for (const [name, published] of [
      ['IMG_2024 (1)-480x320.webp', phone('IMG_2024 (1)-480x320.webp')],
      ['IMG_2024 (1)-800x533.avif', phone('IMG_2024 (1)-800x533.avif')],
      ['Ảnh #2 giảm 50%-800x533.webp', odd('Ảnh #2 giảm 50%-800x533.webp')],
    ]) {
      expect(copied).toContain(`media/${published}`)
      expect(readFileSync(path.join(site.dist, 'media', published!), 'utf8')).toBe(`image ${name}`)
    }
    expect(entries(firstProblems, 11)).toEqual([])
  })

  test('an image the CMS cannot deliver (404) is dropped from its page, which is still published', () => {
    expect(entries(firstProblems, 12)).toEqual([['media', 'fixed-up']])
    expect(messagesOf(firstProblems, 12)[0]).toMatch(
      /ảnh «Ảnh không còn trên máy chủ» \(tệp anh-da-mat\.jpg\) không tải được/,
    )
    const doc = parsePage(site.dist, '/tin-tuc/bai-co-anh-da-mat/')
    expect(textOf(doc, '.body')).toEqual(['Nội dung vẫn đăng dù ảnh mất.'])
    expect(doc.querySelector('.article img')).toBeNull()
    expect(listFiles(site.dist).filter((f) => f.startsWith('media/anh-da-mat'))).toEqual([])
    expect(variantFiles(lostPhoto).length).toBeGreaterThan(0)
  })

  test('.pages.json maps each published article to its page, its own images and its search fragment', () => {
    const files = new Set(listFiles(site.dist))
    expect(Object.keys(firstPages).sort((a, b) => Number(a) - Number(b))).toEqual([
      '1',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
      '10',
      '11',
      '12',
    ])
    expect(firstPages['11']!.files).toContain('tin-tuc/bai-co-anh-dien-thoai/index.html')
    expect(firstPages['11']!.files).toContain(
      `media/${versionedName('IMG_2024 (1)-800x533.webp', mediaVersion(phonePhoto))}`,
    )
    for (const [id, { files: owned, search }] of Object.entries(firstPages)) {
      for (const file of [...owned, ...search]) expect(files.has(file), `${id}: ${file}`).toBe(true)
      expect(search, id).toHaveLength(1)
    }
    const fragment = firstPages['1']!.search[0]!
    expect(fragment).toMatch(/^pagefind\/fragment\/.+\.pf_fragment$/)
  })

  test("the release passes the publisher's validation: every internal link resolves", async () => {
    const validation = await validateRelease(site.dist, { minPages: 10, previousPages: null })
    expect(validation.problems).toEqual([])
    expect(validation.ok).toBe(true)
  })

  test('a later publish keeps the previous version of an article made invalid, and a cleared date', async () => {
    cms.collections.articles = secondPublish(cms.collections.articles!)

    const second = await site.run(server.url)

    expect(second.code).toBe(0)
    const problems = problemsOf()
    expect(entries(problems, 3)).toEqual([['schema', 'kept-previous']])
    expect(messagesOf(problems, 3)[0]).toMatch(/vẫn giữ bản đăng trước đó.*đường dẫn \(slug\)/)
    expect(textOf(parsePage(site.dist, '/tin-tuc/tuan-tra-dip-le/'), 'h1')).toEqual([
      'Tuần tra kiểm soát dịp lễ',
    ])
    expect(entries(problems, 7)).toEqual([['schema', 'fixed-up']])
    const dated = parsePage(site.dist, '/tin-tuc/bai-se-bi-xoa-ngay-dang/')
    expect(dated.querySelector('.article .meta time')!.getAttribute('datetime')).toBe(
      '2024-03-07T07:00:00+07:00',
    )
    // Problems of documents nobody touched are still reported.
    expect(entries(problems, 2)).toEqual([['schema', 'left-out']])
    expect(entries(problems, 12)).toEqual([['media', 'fixed-up']])
    expect(textOf(parsePage(site.dist, '/tin-tuc/bai-moi-sau-khi-sua/'), 'h1')).toEqual([
      'Bài mới sau khi sửa',
    ])
    expect(pagesOf()['13']!.files).toEqual(['tin-tuc/bai-moi-sau-khi-sua/index.html'])
    expect(
      (await validateRelease(site.dist, { minPages: 10, previousPages: null })).problems,
    ).toEqual([])
  }, 300_000)
})
