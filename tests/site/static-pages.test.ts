import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { huongDiu, paragraph, richText, security, text } from './helpers/awkward-news'
import { startFakeCmsServer, type FakeCmsServer } from './helpers/cms-server'
import { hrefsOf, parsePage, readText, textOf } from './helpers/dist'
import { createFakeCms } from './helpers/fake-cms'
import { type BuildResult, createSiteBuild, type SiteBuild } from './helpers/run-build'

let server: FakeCmsServer
let site: SiteBuild
let result: BuildResult

beforeAll(async () => {
  const article = {
    id: 1,
    title: 'Bài số 1',
    slug: 'bai-mot',
    lead: 'Sapo.',
    body: richText(paragraph(text('Nội dung.'))),
    heroImage: null,
    authors: [huongDiu],
    category: security,
    tags: [],
    publishedAt: '2024-03-01T00:00:00.000Z',
    updatedAt: '2024-03-01T01:00:00.000Z',
    source: null,
    seo: null,
    _status: 'published',
  }
  server = await startFakeCmsServer(
    createFakeCms({ articles: [article], categories: [security], authors: [huongDiu], media: [] }),
  )
  site = createSiteBuild()
  result = await site.run(server.url)
}, 600_000)
afterAll(async () => {
  await server?.close()
  await site?.remove()
})

const linksOf = (doc: Document) => hrefsOf(doc, 'main a')

describe('fixed pages written in MDX', () => {
  test('/to-giac-toi-pham/ says how to report a crime: 113, the hotline, the public-service portal and VNeID', () => {
    expect(result.code, result.output).toBe(0)
    const page = parsePage(site.dist, '/to-giac-toi-pham/')
    expect(textOf(page, 'h1')).toEqual(['Tố giác tội phạm'])
    expect(textOf(page, 'main h2')).toEqual([
      'Khi cần giúp đỡ ngay',
      'Các cách tố giác, báo tin về tội phạm',
      'Nên cung cấp những gì',
      'Người tố giác được bảo vệ',
    ])
    expect(linksOf(page)).toEqual(
      expect.arrayContaining([
        'tel:113',
        'tel:0692345678',
        'https://dichvucong.gov.vn/',
        'https://dichvucong.bocongan.gov.vn/',
        '/duong-day-nong/',
      ]),
    )
    expect(textOf(page, 'main td').join(' ')).toContain('VNeID')
    expect(page.documentElement.getAttribute('lang')).toBe('vi')
  })

  test('/en/ and its pages give functions, organisation and contacts in English, marked lang="en"', () => {
    const pages = {
      '/en/': 'Provincial Police Department',
      '/en/functions/': 'Functions and duties',
      '/en/organisation/': 'Organisation',
      '/en/contacts/': 'Contacts',
    }
    for (const [path, title] of Object.entries(pages)) {
      const page = parsePage(site.dist, path)
      expect(textOf(page, 'h1'), path).toEqual([title])
      expect(page.querySelector('main .prose')!.getAttribute('lang'), path).toBe('en')
    }
    expect(linksOf(parsePage(site.dist, '/en/'))).toEqual(
      expect.arrayContaining(['/en/functions/', '/en/organisation/', '/en/contacts/']),
    )
    expect(textOf(parsePage(site.dist, '/en/functions/'), 'main h2')).toEqual(['Main duties'])
    expect(textOf(parsePage(site.dist, '/en/organisation/'), 'main h2')).toEqual([
      'Leadership',
      'Headquarters divisions',
      'Commune and ward police',
    ])
    expect(textOf(parsePage(site.dist, '/en/contacts/'), 'main td')).toEqual(
      expect.arrayContaining(['069 234 5678', '113']),
    )
  })

  test('the sitemap lists the new pages', () => {
    const sitemap = readText(site.dist, 'sitemap.xml')
    for (const path of [
      '/to-giac-toi-pham/',
      '/en/functions/',
      '/en/organisation/',
      '/en/contacts/',
    ]) {
      expect(sitemap).toContain(`https://congan.example.vn${path}`)
    }
  })
})
