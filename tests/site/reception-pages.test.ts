import { existsSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { mondayOf } from '../../site/src/lib/reception'
import { startTestCms, type TestCms } from '../helpers/payload'
import type { RestServer } from '../helpers/rest-server'
import { buildSiteFromCms, endSiteBuild } from './helpers/build-from-cms'
import { hrefsOf, parsePage, textOf } from './helpers/dist'
import type { BuildResult, SiteBuild } from './helpers/run-build'

const DAY = 86_400_000
let cms: TestCms
let server: RestServer
let site: SiteBuild
let build: BuildResult
const pastDate = new Date(Date.now() - 14 * DAY).toISOString()

beforeAll(async () => {
  cms = await startTestCms()
  const add = (date: string, subject: string, status: 'published' | 'draft' = 'published') =>
    cms.payload.create({
      collection: 'reception-schedule',
      draft: status === 'draft',
      data: {
        date,
        time: 'Sáng, 7 giờ 30',
        leader: 'Đại tá Nguyễn Văn A',
        place: 'Trụ sở Công an tỉnh',
        subject,
        _status: status,
      },
    })
  await add(new Date().toISOString(), 'Tiếp công dân tuần này')
  await add(new Date(Date.now() + 7 * DAY).toISOString(), 'Tiếp công dân tuần sau')
  await add(pastDate, 'Tiếp công dân tuần trước nữa')
  await add(new Date().toISOString(), 'Bản nháp chưa đăng', 'draft')
  ;({ server, site, build } = await buildSiteFromCms(cms))
}, 300_000)

afterAll(() => endSiteBuild(server, cms, site))

describe('/lich-tiep-cong-dan/ on the built site', () => {
  test('shows this week and next week, published sessions only', () => {
    expect(build.code, build.output).toBe(0)
    const page = parsePage(site.dist, '/lich-tiep-cong-dan/')
    expect(textOf(page, '.reception-week h2').map((h) => h.split(' (')[0])).toEqual([
      'Tuần này',
      'Tuần sau',
    ])
    expect(textOf(page, '.reception-week td:last-child')).toEqual([
      'Tiếp công dân tuần này',
      'Tiếp công dân tuần sau',
    ])
    expect(page.body.textContent).not.toContain('Bản nháp chưa đăng')
  })

  test('keeps past weeks in an archive, each on its own page', () => {
    const monday = mondayOf(pastDate)
    const archive = parsePage(site.dist, '/lich-tiep-cong-dan/luu-tru/')
    expect(hrefsOf(archive, '.reception-archive a')).toEqual([
      `/lich-tiep-cong-dan/tuan/${monday}/`,
    ])
    expect(
      textOf(parsePage(site.dist, `/lich-tiep-cong-dan/tuan/${monday}/`), 'td:last-child'),
    ).toEqual(['Tiếp công dân tuần trước nữa'])
    expect(
      existsSync(
        path.join(site.dist, 'lich-tiep-cong-dan/tuan', mondayOf(new Date()), 'index.html'),
      ),
    ).toBe(false)
  })

  test('the header and footer reach every new section', () => {
    const home = parsePage(site.dist, '/')
    const header = hrefsOf(home, '.nav a')
    const footer = hrefsOf(home, '.footer a')
    for (const href of ['/truy-na/', '/van-ban/', '/lich-tiep-cong-dan/']) {
      expect(header).toContain(href)
      expect(footer).toContain(href)
    }
  })
})
