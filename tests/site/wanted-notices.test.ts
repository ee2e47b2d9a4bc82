import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { REST_GET } from '@payloadcms/next/routes'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { createBasics, makeJpeg } from '../helpers/content'
import { startTestCms, type TestCms } from '../helpers/payload'
import type { RestServer } from '../helpers/rest-server'
import { buildSiteFromCms, endSiteBuild } from './helpers/build-from-cms'
import { hrefsOf, listFiles, parsePage, readText, textOf } from './helpers/dist'
import type { BuildResult, SiteBuild } from './helpers/run-build'

let cms: TestCms
let server: RestServer
let site: SiteBuild
let first: BuildResult
const notices: Record<string, { id: number | string; photo: string }> = {}

async function publishNotice(
  fullName: string,
  decisionDate: string,
  photoCaption: string,
  file: string,
) {
  const photo = await cms.payload.create({
    collection: 'media',
    data: { caption: photoCaption, alt: photoCaption },
    file: { data: await makeJpeg(600, 800), mimetype: 'image/jpeg', name: file, size: 0 },
  })
  const notice = await cms.payload.create({
    collection: 'wanted-notices',
    data: {
      fullName,
      birthYear: 1990,
      offence: 'Lừa đảo chiếm đoạt tài sản',
      decisionNumber: `${fullName.length}/QĐ-CSKT`,
      decisionDate,
      issuingUnit: 'Cơ quan CSĐT Công an tỉnh',
      contactPhone: '069 234 5678',
      status: 'wanted',
      photo: photo.id,
      _status: 'published',
    },
  })
  return { id: notice.id, photo: photo.filename! }
}

async function cmsFileStatus(name: string) {
  const request = new Request(`http://localhost:3000/api/media/file/${encodeURIComponent(name)}`)
  const response = await REST_GET(cms.config)(request, {
    params: Promise.resolve({ slug: ['media', 'file', name] }),
  })
  return response.status
}

const page = (slug: string) => path.join(site.dist, 'truy-na', slug, 'index.html')

beforeAll(async () => {
  cms = await startTestCms()
  const { category, author } = await createBasics(cms.payload)
  await cms.payload.create({
    collection: 'articles',
    data: {
      title: 'Tin an ninh',
      lead: 'Sapo',
      authors: [author.id],
      category: category.id,
      _status: 'published',
    },
  })
  notices.older = await publishNotice(
    'Nguyễn Văn Cũ',
    '2026-10-01T00:00:00.000Z',
    'Ảnh Nguyễn Văn Cũ',
    'anh-cu.jpg',
  )
  notices.newer = await publishNotice(
    'Trần Thị Mới',
    '2026-11-15T00:00:00.000Z',
    'Ảnh Trần Thị Mới',
    'anh-moi.jpg',
  )
  await cms.payload.create({
    collection: 'wanted-notices',
    data: {
      fullName: 'Lê Văn Hết Hạn',
      offence: 'Trộm cắp tài sản',
      decisionNumber: '3/QĐ',
      decisionDate: '2026-11-20T00:00:00.000Z',
      issuingUnit: 'Công an huyện',
      status: 'wanted',
      expiresAt: '2026-01-01T00:00:00.000Z',
      _status: 'published',
    },
  })
  ;({ server, site, build: first } = await buildSiteFromCms(cms))
}, 300_000)

afterAll(() => endSiteBuild(server, cms, site))

describe('wanted notices on the built site', () => {
  test('the list shows current notices, newest decision first, and never an expired one', () => {
    expect(first.code, first.output).toBe(0)
    const doc = parsePage(site.dist, '/truy-na/')
    expect(textOf(doc, '.wanted-card h2')).toEqual(['Trần Thị Mới', 'Nguyễn Văn Cũ'])
    expect(doc.body.textContent).not.toContain('Lê Văn Hết Hạn')
    expect(hrefsOf(doc, '.nav a')).toContain('/truy-na/')
  })

  test('a notice page prints its facts, its photo and a 1200×630 share card', () => {
    const doc = parsePage(site.dist, '/truy-na/tran-thi-moi/')
    expect(textOf(doc, 'h1')).toEqual(['Truy nã: Trần Thị Mới'])
    expect(textOf(doc, '.wanted dt')).toEqual([
      'Năm sinh',
      'Tội danh',
      'Quyết định truy nã',
      'Đơn vị ra quyết định',
    ])
    expect(textOf(doc, '.wanted dd')[1]).toBe('Lừa đảo chiếm đoạt tài sản')
    expect(doc.querySelector('.wanted figcaption')!.textContent).toBe('Ảnh Trần Thị Mới')
    expect(doc.querySelector('meta[property="og:image:width"]')!.getAttribute('content')).toBe(
      '1200',
    )
    expect(doc.querySelector('meta[property="og:image:height"]')!.getAttribute('content')).toBe(
      '630',
    )
    const img = doc.querySelector('.wanted img')!.getAttribute('src')!
    expect(existsSync(path.join(site.dist, decodeURIComponent(img)))).toBe(true)
  })

  test('the feed, the sitemap, the search records and the pages index carry the notices', () => {
    const feed = readText(site.dist, 'truy-na/rss.xml')
    expect(feed).toContain('<title>Truy nã Trần Thị Mới</title>')
    expect(feed).toContain('<title>Truy nã Nguyễn Văn Cũ</title>')
    expect(readText(site.dist, 'sitemap.xml')).toContain(
      'https://congan.example.vn/truy-na/nguyen-van-cu/',
    )
    const index = JSON.parse(readFileSync(path.join(site.dist, '.pages.json'), 'utf8'))
    expect(index['wanted-notices'][String(notices.newer!.id)].files).toContain(
      'truy-na/tran-thi-moi/index.html',
    )
    expect(index['wanted-notices'][String(notices.newer!.id)].search.length).toBeGreaterThan(0)
  })
})

describe('a notice that leaves', () => {
  let second: BuildResult
  beforeAll(async () => {
    await cms.payload.update({
      collection: 'wanted-notices',
      id: notices.older!.id,
      data: { status: 'caught' },
    })
    second = await site.run(server.url)
  }, 300_000)

  test('is gone after one build: page, list entry, feed entry, sitemap entry, photo files', () => {
    expect(second.code, second.output).toBe(0)
    expect(existsSync(page('nguyen-van-cu'))).toBe(false)
    expect(existsSync(page('tran-thi-moi'))).toBe(true)
    expect(textOf(parsePage(site.dist, '/truy-na/'), '.wanted-card h2')).toEqual(['Trần Thị Mới'])
    expect(readText(site.dist, 'truy-na/rss.xml')).not.toContain('Nguyễn Văn Cũ')
    expect(readText(site.dist, 'sitemap.xml')).not.toContain('/truy-na/nguyen-van-cu/')
    const stem = notices.older!.photo.replace(/\.jpg$/, '')
    expect(listFiles(site.dist).filter((file) => file.includes(stem))).toEqual([])
    const index = JSON.parse(readFileSync(path.join(site.dist, '.pages.json'), 'utf8'))
    expect(Object.keys(index['wanted-notices'])).toEqual([String(notices.newer!.id)])
  })

  test('and its photo is no longer public at the CMS', async () => {
    expect(await cmsFileStatus(notices.older!.photo)).toBe(403)
    expect(await cmsFileStatus(notices.newer!.photo)).toBe(200)
  })
})
