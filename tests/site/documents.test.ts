import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { javascriptPdf, plainPdf } from '../cms/fixtures/hostile-pdfs'
import { startTestCms, type TestCms } from '../helpers/payload'
import type { RestServer } from '../helpers/rest-server'
import { buildSiteFromCms, endSiteBuild } from './helpers/build-from-cms'
import { hrefsOf, parsePage, readSearchFragments, readText, textOf } from './helpers/dist'
import type { BuildResult, SiteBuild } from './helpers/run-build'

let cms: TestCms
let server: RestServer
let site: SiteBuild
let first: BuildResult
const docs: Record<string, { id: number | string; filename: string }> = {}

async function publishDocument(
  number: string,
  type: 'quyet-dinh' | 'ke-hoach',
  issuedAt: string,
  summary: string,
  bytes: Uint8Array,
  name: string,
) {
  const doc = await cms.payload.create({
    collection: 'documents',
    data: {
      number,
      type,
      issuer: 'Công an tỉnh',
      issuedAt,
      issuedAt_tz: 'Asia/Ho_Chi_Minh',
      summary,
      _status: 'published',
    },
    file: { data: Buffer.from(bytes), mimetype: 'application/pdf', name, size: bytes.length },
  })
  return { id: doc.id, filename: doc.filename! }
}

beforeAll(async () => {
  cms = await startTestCms()
  docs.decision = await publishDocument(
    '125/QĐ-CAT',
    'quyet-dinh',
    '2026-11-02T03:00:00.000Z',
    'Về việc ban hành quy chế tiếp công dân',
    await javascriptPdf(),
    'qd-125.pdf',
  )
  docs.plan = await publishDocument(
    '7/KH-CAT',
    'ke-hoach',
    '2025-03-10T03:00:00.000Z',
    'Kế hoạch tuyên truyền phòng chống lừa đảo qua mạng',
    await plainPdf(),
    'kh-7.pdf',
  )
  ;({ server, site, build: first } = await buildSiteFromCms(cms))
}, 300_000)

afterAll(() => endSiteBuild(server, cms, site))

describe('documents library on the built site', () => {
  test('the list shows every document newest first, with filters by type and year', () => {
    expect(first.code, first.output).toBe(0)
    const doc = parsePage(site.dist, '/van-ban/')
    expect(textOf(doc, '.documents tbody td:first-child')).toEqual(['125/QĐ-CAT', '7/KH-CAT'])
    expect(textOf(doc, '.document-filters a')).toEqual([
      'Tất cả',
      'Kế hoạch',
      'Quyết định',
      '2026',
      '2025',
    ])
    expect(hrefsOf(doc, '.nav a')).toContain('/van-ban/')
  })

  test('filtering by type and by year lists only those', () => {
    expect(
      textOf(parsePage(site.dist, '/van-ban/loai/ke-hoach/'), '.documents tbody td:first-child'),
    ).toEqual(['7/KH-CAT'])
    expect(
      textOf(parsePage(site.dist, '/van-ban/nam/2026/'), '.documents tbody td:first-child'),
    ).toEqual(['125/QĐ-CAT'])
  })

  test('a document page links its cleaned PDF, which the site serves itself', () => {
    const page = parsePage(site.dist, '/van-ban/125-qd-cat/')
    expect(textOf(page, 'h1')).toEqual(['Quyết định số 125/QĐ-CAT'])
    const href = page.querySelector('a.download')!.getAttribute('href')!
    expect(href).toBe(`/van-ban/tep/${docs.decision!.filename}`)
    const pdf = readFileSync(path.join(site.dist, href))
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    expect(pdf.toString('latin1')).not.toContain('JsSecret')
  })

  test('search finds a document by its number and its summary', () => {
    const fragments = readSearchFragments(site.dist)
    expect(fragments).toContain('7/KH-CAT')
    expect(fragments).toContain('phòng chống lừa đảo qua mạng')
    const index = JSON.parse(readText(site.dist, '.pages.json'))
    expect(index.documents[String(docs.plan!.id)].files).toEqual([
      'van-ban/7-kh-cat/index.html',
      `van-ban/tep/${docs.plan!.filename}`,
    ])
  })
})

describe('a document that is unpublished', () => {
  let second: BuildResult
  beforeAll(async () => {
    await cms.payload.update({
      collection: 'documents',
      id: docs.plan!.id,
      data: { _status: 'draft' },
    })
    second = await site.run(server.url)
  }, 300_000)

  test('leaves with its page, its PDF, its filter pages and its sitemap entry', () => {
    expect(second.code, second.output).toBe(0)
    expect(existsSync(path.join(site.dist, 'van-ban/7-kh-cat/index.html'))).toBe(false)
    expect(existsSync(path.join(site.dist, 'van-ban/tep', docs.plan!.filename))).toBe(false)
    expect(existsSync(path.join(site.dist, 'van-ban/loai/ke-hoach/index.html'))).toBe(false)
    expect(readText(site.dist, 'sitemap.xml')).not.toContain('7-kh-cat')
    expect(textOf(parsePage(site.dist, '/van-ban/'), '.documents tbody td:first-child')).toEqual([
      '125/QĐ-CAT',
    ])
  })
})
