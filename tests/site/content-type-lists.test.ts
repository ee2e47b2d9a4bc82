import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { plainPdf } from '../cms/fixtures/hostile-pdfs'
import { createBasics } from '../helpers/content'
import { startTestCms, type TestCms } from '../helpers/payload'
import { type RestServer, startRestServer } from '../helpers/rest-server'
import { mondayOf } from '../../site/src/lib/reception'
import { link, paragraph, richText, text } from './helpers/awkward-news'
import { parsePage, readSearchFragments, readText, textOf } from './helpers/dist'
import { type BuildResult, createSiteBuild, type SiteBuild } from './helpers/run-build'

const DAY = 86_400_000
let cms: TestCms
let server: RestServer
let site: SiteBuild
let build: BuildResult
const noticeSlugs: string[] = []
const documentSlugs: string[] = []
let firstPdf = ''
const pastMondays: string[] = []

const pad = (n: number) => String(n).padStart(2, '0')

beforeAll(async () => {
  cms = await startTestCms()
  const pdf = Buffer.from(await plainPdf())
  for (let n = 1; n <= 14; n++) {
    const notice = await cms.payload.create({
      collection: 'wanted-notices',
      data: {
        fullName: `Đối Tượng Số ${pad(n)}`,
        offence: 'Trộm cắp tài sản',
        decisionNumber: `${n}/QĐ-CSHS`,
        decisionDate: `2026-10-${pad(n)}T00:00:00.000Z`,
        issuingUnit: 'Cơ quan CSĐT Công an tỉnh',
        status: 'wanted',
        _status: 'published',
      },
    })
    noticeSlugs.unshift(notice.slug!)
  }
  for (let n = 1; n <= 23; n++) {
    const doc = await cms.payload.create({
      collection: 'documents',
      data: {
        number: `${n}/QĐ-CAT`,
        type: 'quyet-dinh',
        issuer: 'Công an tỉnh',
        issuedAt: `2026-09-${pad(n)}T03:00:00.000Z`,
        issuedAt_tz: 'Asia/Ho_Chi_Minh',
        summary: `Quyết định số ${n} về công tác tiếp dân`,
        _status: 'published',
      },
      file: { data: pdf, mimetype: 'application/pdf', name: `qd-${n}.pdf`, size: pdf.length },
    })
    documentSlugs.unshift(doc.slug!)
    if (n === 1) firstPdf = doc.filename!
  }
  for (let week = 1; week <= 22; week++) {
    const date = new Date(Date.now() - week * 7 * DAY).toISOString()
    pastMondays.push(mondayOf(date))
    await cms.payload.create({
      collection: 'reception-schedule',
      data: {
        date,
        time: 'Sáng, 7 giờ 30',
        leader: 'Đại tá Nguyễn Văn A',
        place: 'Trụ sở Công an tỉnh',
        subject: `Tiếp công dân tuần ${week}`,
        _status: 'published',
      },
    })
  }
  const { category, author } = await createBasics(cms.payload)
  const links = [
    [`/truy-na/${noticeSlugs[0]}/`, 'lệnh truy nã'],
    [`/van-ban/${documentSlugs[0]}/`, 'văn bản'],
    ['/van-ban/loai/quyet-dinh/', 'các quyết định'],
    ['/van-ban/nam/2026/', 'văn bản năm 2026'],
    [`/van-ban/tep/${firstPdf}`, 'tệp PDF'],
    [`/lich-tiep-cong-dan/tuan/${pastMondays[0]}/`, 'lịch tuần trước'],
  ] as const
  await cms.payload.create({
    collection: 'articles',
    data: {
      title: 'Bài dẫn tới truy nã và văn bản',
      lead: 'Sapo',
      category: category.id,
      authors: [author.id],
      body: richText(
        ...links.map(([url, words]) => paragraph(text('Xem '), link(url, words))),
      ) as never,
      _status: 'published',
    },
  })
  server = await startRestServer(cms.config)
  site = createSiteBuild()
  build = await site.run(server.url)
}, 600_000)

afterAll(async () => {
  await server?.close()
  await cms?.close()
  await site?.remove()
})

describe('links from article bodies to notices, documents and the schedule', () => {
  test('stay links on the built page, and the build reports none of them missing', () => {
    expect(build.code, build.output).toBe(0)
    const page = parsePage(site.dist, '/tin-tuc/bai-dan-toi-truy-na-va-van-ban/')
    const hrefs = [...page.querySelectorAll('.body a')].map((a) => a.getAttribute('href'))
    expect(hrefs).toEqual([
      `/truy-na/${noticeSlugs[0]}/`,
      `/van-ban/${documentSlugs[0]}/`,
      '/van-ban/loai/quyet-dinh/',
      '/van-ban/nam/2026/',
      `/van-ban/tep/${firstPdf}`,
      `/lich-tiep-cong-dan/tuan/${pastMondays[0]}/`,
    ])
    const problems = (
      JSON.parse(readText(site.dist, '.build-problems.json')) as {
        problems: { kind: string; message: string }[]
      }
    ).problems
    expect(problems.filter((p) => p.kind === 'link')).toEqual([])
  })
})

describe('the notice, document and reception archive lists are paginated', () => {
  const names = (url: string) => textOf(parsePage(site.dist, url), '.wanted-card h2')
  const numbers = (url: string) =>
    textOf(parsePage(site.dist, url), 'table.documents tbody tr td:first-child')
  const pager = (url: string) =>
    [...parsePage(site.dist, url).querySelectorAll('nav.pagination a')].map((a) => [
      a.textContent!.trim(),
      a.getAttribute('href'),
    ])
  const number = (n: number) => `${n}/QĐ-CAT`
  const range = (from: number, to: number) =>
    Array.from({ length: from - to + 1 }, (_, i) => from - i)

  test('/truy-na/ shows 12 current notices a page, newest decision first, and links page 2', () => {
    expect(build.code, build.output).toBe(0)
    expect(names('/truy-na/')).toEqual(range(14, 3).map((n) => `Đối Tượng Số ${pad(n)}`))
    expect(names('/truy-na/trang-2/')).toEqual(['Đối Tượng Số 02', 'Đối Tượng Số 01'])
    expect(pager('/truy-na/')).toEqual([
      ['2', '/truy-na/trang-2/'],
      ['Trang sau ›', '/truy-na/trang-2/'],
    ])
    expect(pager('/truy-na/trang-2/')).toEqual([
      ['‹ Trang trước', '/truy-na/'],
      ['1', '/truy-na/'],
    ])
  })

  test('/van-ban/ and its type and year filters show 20 documents a page', () => {
    for (const list of ['/van-ban/', '/van-ban/loai/quyet-dinh/', '/van-ban/nam/2026/']) {
      expect(numbers(list), list).toEqual(range(23, 4).map(number))
      expect(numbers(`${list}trang-2/`), list).toEqual(range(3, 1).map(number))
      expect(pager(list), list).toContainEqual(['Trang sau ›', `${list}trang-2/`])
      expect(pager(`${list}trang-2/`), list).toContainEqual(['‹ Trang trước', list])
      expect(textOf(parsePage(site.dist, `${list}trang-2/`), 'h1')[0], list).toMatch(/ – Trang 2$/)
    }
  })

  test('the reception archive shows 20 past weeks a page, newest first; every week stays reachable', () => {
    const weeks = (url: string) =>
      [...parsePage(site.dist, url).querySelectorAll('.reception-archive a')].map((a) =>
        a.getAttribute('href'),
      )
    const weekPath = (monday: string) => `/lich-tiep-cong-dan/tuan/${monday}/`
    expect(weeks('/lich-tiep-cong-dan/luu-tru/')).toEqual(pastMondays.slice(0, 20).map(weekPath))
    expect(weeks('/lich-tiep-cong-dan/luu-tru/trang-2/')).toEqual(
      pastMondays.slice(20).map(weekPath),
    )
    expect(pager('/lich-tiep-cong-dan/luu-tru/')).toContainEqual([
      'Trang sau ›',
      '/lich-tiep-cong-dan/luu-tru/trang-2/',
    ])
    for (const monday of pastMondays)
      expect(textOf(parsePage(site.dist, weekPath(monday)), 'h1')).toEqual(['Lịch tiếp công dân'])
  })

  test('the sitemap lists every page of these lists', () => {
    const sitemap = readText(site.dist, 'sitemap.xml')
    for (const path of [
      '/truy-na/trang-2/',
      '/van-ban/trang-2/',
      '/van-ban/loai/quyet-dinh/trang-2/',
      '/van-ban/nam/2026/trang-2/',
      '/lich-tiep-cong-dan/luu-tru/trang-2/',
    ])
      expect(sitemap, path).toContain(`${path}</loc>`)
  })
})

describe('reception sessions in search', () => {
  test('every session the site shows is found by its subject, and leads to its week page', () => {
    const fragments = readSearchFragments(site.dist)
      .split('\n')
      .map(
        (line) =>
          JSON.parse(line.replace(/^pagefind_dcd/, '')) as {
            url: string
            meta: { title: string; lead: string }
          },
      )
    const sessions = fragments.filter((f) => f.meta.lead.startsWith('Tiếp công dân tuần '))
    expect(sessions).toHaveLength(22)
    const oldest = sessions.find((f) => f.meta.lead.startsWith('Tiếp công dân tuần 22 '))!
    expect(oldest.url).toBe(`/lich-tiep-cong-dan/tuan/${pastMondays[21]}/`)
    expect(oldest.meta.title).toMatch(/^Lịch tiếp công dân \d\d\/\d\d\/\d{4}$/)
  })
})
