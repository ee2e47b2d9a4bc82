import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { startTestCms, type TestCms } from '../helpers/payload'
import { restClient } from '../helpers/rest'
import { createStaff } from '../helpers/staff'

let cms: TestCms
let rest: ReturnType<typeof restClient>
let staff: Awaited<ReturnType<typeof createStaff>>

beforeAll(async () => {
  cms = await startTestCms()
  rest = restClient(cms.config)
  staff = await createStaff(cms.payload)
})
afterAll(async () => cms?.close())

const samples = {
  authors: (n: string) => ({ fullName: `Trần Văn ${n}`, byline: `TV ${n}`, unit: 'Công an huyện' }),
  categories: (n: string) => ({ name: `Chuyên mục ${n}` }),
} as const

for (const collection of ['authors', 'categories'] as const) {
  describe(`${collection}: every role × operation`, () => {
    test('anyone reads', async () => {
      await cms.payload.create({ collection, data: samples[collection]('đọc') as never })
      const res = await rest('GET', `/${collection}`)
      expect(res.status).toBe(200)
      expect(res.json.totalDocs).toBeGreaterThan(0)
    })

    test('anonymous visitors and reporters cannot create, update or delete', async () => {
      const doc = await cms.payload.create({ collection, data: samples[collection]('khóa') as never })
      for (const token of [undefined, staff.reporter.token]) {
        expect((await rest('POST', `/${collection}`, { token, json: samples[collection]('mới') })).status).toBe(403)
        expect((await rest('PATCH', `/${collection}/${doc.id}`, { token, json: samples[collection]('sửa') })).status).toBe(403)
        expect((await rest('DELETE', `/${collection}/${doc.id}`, { token })).status).toBe(403)
      }
    })

    test('editors and admins create, update and delete', async () => {
      for (const who of [staff.editor, staff.admin]) {
        const created = await rest('POST', `/${collection}`, { token: who.token, json: samples[collection](who.role) })
        expect(created.status).toBe(201)
        const id = created.json.doc.id
        const updated = await rest('PATCH', `/${collection}/${id}`, { token: who.token, json: samples[collection]('đổi') })
        expect(updated.status).toBe(200)
        expect((await rest('DELETE', `/${collection}/${id}`, { token: who.token })).status).toBe(200)
      }
    })
  })
}

describe('job queue endpoints', () => {
  test('only admins may run queued jobs', async () => {
    expect([401, 403]).toContain((await rest('GET', '/payload-jobs/run')).status)
    // Payload answers a refused run with 401 Unauthorized.
    expect((await rest('GET', '/payload-jobs/run', { token: staff.editor.token })).status).toBe(401)
    expect((await rest('GET', '/payload-jobs/run', { token: staff.admin.token })).status).toBe(200)
  })
})
