import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { mediaVersion, versionedName } from '../../site/src/lib/media-version'
import { createBasics, makeJpeg } from '../helpers/content'
import { startTestCms, type TestCms } from '../helpers/payload'
import type { RestServer } from '../helpers/rest-server'
import { buildSiteFromCms, endSiteBuild } from './helpers/build-from-cms'
import { listFiles, parsePage, textOf } from './helpers/dist'
import type { BuildResult, SiteBuild } from './helpers/run-build'

let cms: TestCms
let server: RestServer
let site: SiteBuild
let build: BuildResult
let heroFile = ''

beforeAll(async () => {
  cms = await startTestCms()
  const { author, category, media: small } = await createBasics(cms.payload)
  const media = await cms.payload.create({
    collection: 'media',
    data: { caption: 'Cuộc gọi giả danh', alt: 'Cuộc gọi giả danh' },
    file: {
      data: await makeJpeg(1600, 1000),
      mimetype: 'image/jpeg',
      name: 'goi-gia.jpg',
      size: 0,
    },
  })
  const base = {
    authors: [author.id],
    category: category.id,
    lead: 'Sapo',
    _status: 'published' as const,
  }
  const create = (data: Record<string, unknown>) =>
    cms.payload.create({ collection: 'articles', data: { ...base, ...data } as never })
  await create({ title: 'Tin thường ngày' })
  await create({
    title: 'Cảnh báo cuộc gọi giả danh công an',
    isWarning: true,
    warningUntil: '2099-01-01T00:00:00.000Z',
    heroImage: media.id,
  })
  await create({
    title: 'Cảnh báo lừa đảo việc làm',
    isWarning: true,
    warningUntil: '2099-06-01T00:00:00.000Z',
    heroImage: small.id,
  })
  await create({
    title: 'Cảnh báo đã hết hạn',
    isWarning: true,
    warningUntil: '2020-01-01T00:00:00.000Z',
  })
  // Published with the image's version before the extension (lib/media-version.ts), from the
  // image as saved now: showing it in a published article has saved it again (isPublic).
  const shown = await cms.payload.findByID({ collection: 'media', id: media.id })
  heroFile = versionedName(shown.sizes!.social!.filename!, mediaVersion(shown))
  ;({ server, site, build } = await buildSiteFromCms(cms))
}, 300_000)

afterAll(() => endSiteBuild(server, cms, site))

describe('warnings on the built site', () => {
  test('the home page opens with the current warnings only', () => {
    expect(build.code, build.output).toBe(0)
    const home = parsePage(site.dist, '/')
    expect(textOf(home, '.warning-strip li a')).toEqual([
      'Cảnh báo lừa đảo việc làm',
      'Cảnh báo cuộc gọi giả danh công an',
    ])
    expect(
      home
        .querySelector('main .warning-strip, .warning-strip')!
        .compareDocumentPosition(home.querySelector('.lead-story')!) & 4,
    ).toBe(4)
  })

  test('a warning with an image shares its 1200×630 variant', () => {
    const page = parsePage(site.dist, '/tin-tuc/canh-bao-cuoc-goi-gia-danh-cong-an/')
    expect(page.querySelector('meta[property="og:image"]')!.getAttribute('content')).toBe(
      `https://congan.example.vn/media/${heroFile}`,
    )
    expect(page.querySelector('meta[property="og:image:width"]')!.getAttribute('content')).toBe(
      '1200',
    )
    expect(page.querySelector('meta[property="og:image:height"]')!.getAttribute('content')).toBe(
      '630',
    )
  })

  test('a warning whose image is too small for a 1200×630 card shares the generic warning card, which the site serves', () => {
    const page = parsePage(site.dist, '/tin-tuc/canh-bao-lua-dao-viec-lam/')
    expect(page.querySelector('meta[property="og:image"]')!.getAttribute('content')).toBe(
      'https://congan.example.vn/canh-bao.jpg',
    )
    expect(listFiles(site.dist)).toContain('canh-bao.jpg')
    expect(
      parsePage(site.dist, '/tin-tuc/tin-thuong-ngay/').querySelector('meta[property="og:image"]'),
    ).toBe(null)
  })
})
