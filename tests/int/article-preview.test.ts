import { mkdtempSync, rmSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { createPreviewRenderer } from '../../publisher/src/preview/preview-renderer'
import { type RebuildWorker, startRebuildWorker } from '../../publisher/src/worker/rebuild-server'
import { createBasics, paragraph, richText } from '../helpers/content'
import { startTestCms, type TestCms } from '../helpers/payload'
import { restClient } from '../helpers/rest'
import { createStaff } from '../helpers/staff'

const SECRET = 'preview-secret-for-tests-0123456789abcdef'
// Port 4113 is this suite's stand-in for the live site, which lends the preview its stylesheet.
const LIVE_PORT = 4113
const STYLESHEET = '<link rel="stylesheet" href="/_astro/article.Cx1.css">'
const live: Server = createServer((_req, res) => {
  res.setHeader('Content-Type', 'text/html; charset=utf-8')
  res.end(`<!doctype html><html><head>${STYLESHEET}</head><body></body></html>`)
})

let cms: TestCms
let rest: ReturnType<typeof restClient>
let staff: Awaited<ReturnType<typeof createStaff>>
let basics: Awaited<ReturnType<typeof createBasics>>
let worker: RebuildWorker
let releasesDir: string

beforeAll(async () => {
  await new Promise<void>((resolve) => live.listen(LIVE_PORT, '127.0.0.1', resolve))
  releasesDir = mkdtempSync(path.join(tmpdir(), 'bantin-preview-releases-'))
  worker = await startRebuildWorker({
    secret: SECRET,
    releasesDir,
    buildCommand: 'true',
    port: 0,
    log: () => {},
    preview: createPreviewRenderer({ liveSiteUrl: `http://127.0.0.1:${LIVE_PORT}` }),
  })
  Object.assign(process.env, {
    REBUILD_WEBHOOK_URL: `${worker.url}/rebuild`,
    REBUILD_SECRET: SECRET,
    SITE_URL: 'https://congan.example.vn',
  })
  cms = await startTestCms()
  rest = restClient(cms.config)
  staff = await createStaff(cms.payload)
  basics = await createBasics(cms.payload)
}, 180_000)
afterAll(async () => {
  await cms?.close()
  await worker?.close()
  await new Promise<void>((resolve) => live.close(() => resolve()))
  if (releasesDir) rmSync(releasesDir, { recursive: true, force: true })
})

const article = (title: string, text: string) => ({
  title,
  lead: `Sapo: ${title}`,
  body: richText(paragraph(text)),
  authors: [basics.author.id],
  category: basics.category.id,
})

describe('GET /api/preview/articles/:id', () => {
  test('shows staff the latest draft as the public page; refuses everyone else, showing nothing of it', async () => {
    const title = 'Khởi tố vụ án lừa đảo chiếm đoạt tài sản qua mạng'
    const secret = 'Đối tượng khai nhận đã chiếm đoạt 1,2 tỷ đồng của 14 người.'
    const created = await rest('POST', '/articles?draft=true', {
      token: staff.reporter.token,
      json: article(title, secret),
    })
    expect(created.status).toBe(201)
    const id = created.json.doc.id

    for (const who of ['reporter', 'editor'] as const) {
      const res = await rest('GET', `/preview/articles/${id}`, { token: staff[who].token })
      expect(res.status, res.text.slice(0, 500)).toBe(200)
      // The site's own page: its header, the article's headline, body, byline and section.
      expect(res.text).toContain(`<h1>${title}</h1>`)
      expect(res.text).toContain(secret)
      expect(res.text).toContain('Hương Dịu')
      expect(res.text).toContain('class="masthead"')
      expect(res.text).toContain('An ninh trật tự')
      expect(res.text).toContain(STYLESHEET)
      expect(res.text).toContain('<base href="https://congan.example.vn/">')
      expect(res.text).toContain('<meta name="robots" content="noindex">')
    }

    const refused = [
      await rest('GET', `/preview/articles/${id}`),
      await rest('GET', `/preview/articles/${id}`, { token: 'not-a-session-token' }),
    ]
    for (const res of refused) {
      expect(res.status).toBe(401)
      expect(res.text).not.toContain(title)
      expect(res.text).not.toContain(secret)
    }
    // The public REST has nothing of it either.
    expect((await rest('GET', `/articles/${id}`)).status).toBe(404)
  }, 300_000)

  test('a live article previews its new draft, not the published text', async () => {
    const created = await rest('POST', '/articles', {
      token: staff.editor.token,
      json: { ...article('Tuần tra kiểm soát dịp cuối năm', 'Bản đã đăng.'), _status: 'published' },
    })
    expect(created.status).toBe(201)
    const id = created.json.doc.id
    const draft = await rest('PATCH', `/articles/${id}?draft=true`, {
      token: staff.editor.token,
      json: {
        title: 'Tuần tra kiểm soát dịp cuối năm (bản sửa)',
        body: richText(paragraph('Bản nháp mới.')),
      },
    })
    expect(draft.status).toBe(200)
    const res = await rest('GET', `/preview/articles/${id}`, { token: staff.editor.token })
    expect(res.status).toBe(200)
    expect(res.text).toContain('<h1>Tuần tra kiểm soát dịp cuối năm (bản sửa)</h1>')
    expect(res.text).toContain('Bản nháp mới.')
    expect(res.text).not.toContain('Bản đã đăng.')
    const published = await rest('GET', `/articles/${id}?depth=0`)
    expect(published.json.title).toBe('Tuần tra kiểm soát dịp cuối năm')
  }, 300_000)

  test('an unfinished draft is explained, not rendered', async () => {
    const created = await rest('POST', '/articles?draft=true', {
      token: staff.reporter.token,
      json: { title: 'Bản nháp còn dở' },
    })
    expect(created.status).toBe(201)
    const res = await rest('GET', `/preview/articles/${created.json.doc.id}`, {
      token: staff.reporter.token,
    })
    expect(res.status).toBe(422)
    expect(res.text).toContain('Bài chưa đủ để dựng thành trang')
  }, 300_000)
})
