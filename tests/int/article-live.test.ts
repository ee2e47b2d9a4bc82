import { createServer, type Server } from 'node:http'

import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import {
  startCmsWithBasics,
  type TestCms,
  type RestClient,
  type Staff,
  type Basics,
} from '../helpers/cms-with-staff'

// Port 7120 is this suite's stand-in for the public site.
const SITE_PORT = 7120
const served = new Set<string>()
const site: Server = createServer((req, res) => {
  res.statusCode = served.has(req.url ?? '') ? 200 : 404
  res.end()
})

let cms: TestCms, rest: RestClient, staff: Staff, basics: Basics

beforeAll(async () => {
  await new Promise<void>((resolve) => site.listen(SITE_PORT, '127.0.0.1', resolve))
  process.env.SITE_URL = `http://127.0.0.1:${SITE_PORT}`
  ;({ cms, rest, staff, basics } = await startCmsWithBasics())
})
afterAll(async () => {
  await cms?.close()
  await new Promise<void>((resolve) => site.close(() => resolve()))
})

describe('GET /api/newsroom/live/:id', () => {
  test('after Publish: not served until the public site answers at the article’s address, then its link', async () => {
    const created = await rest('POST', '/articles', {
      token: staff.editor.token,
      json: {
        title: 'Bài vừa xuất bản',
        lead: 'Sapo',
        authors: [basics.author.id],
        category: basics.category.id,
      },
    })
    const id = created.json.doc.id
    expect(
      (await rest('GET', `/newsroom/live/${id}`, { token: staff.reporter.token })).json,
    ).toEqual({
      published: false,
      url: null,
      served: false,
      building: false,
    })
    await rest('PATCH', `/articles/${id}`, {
      token: staff.editor.token,
      json: { _status: 'published' },
    })
    const url = `http://127.0.0.1:${SITE_PORT}/tin-tuc/bai-vua-xuat-ban/`
    const before = await rest('GET', `/newsroom/live/${id}`, { token: staff.editor.token })
    expect(before.json).toMatchObject({ published: true, url, served: false })
    served.add('/tin-tuc/bai-vua-xuat-ban/')
    const after = await rest('GET', `/newsroom/live/${id}`, { token: staff.editor.token })
    expect(after.json).toMatchObject({ published: true, url, served: true })
  })

  test('is refused to anonymous visitors', async () => {
    const res = await rest('GET', '/newsroom/live/1')
    expect(res.status).toBe(403)
  })
})
