import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { restClient } from '../helpers/rest'
import { startTestCms, type TestCms } from '../helpers/payload'
import { createStaff } from '../helpers/staff'

let cms: TestCms
beforeAll(async () => {
  cms = await startTestCms()
})
afterAll(async () => cms?.close())

describe('harness', () => {
  test('anonymous REST list of articles is empty on a fresh database', async () => {
    const rest = restClient(cms.config)
    const res = await rest('GET', '/articles')
    expect(res.status).toBe(200)
    expect(res.json.totalDocs).toBe(0)
  })
  test('staff log in', async () => {
    const staff = await createStaff(cms.payload)
    expect(staff.admin.token.length).toBeGreaterThan(20)
    const rest = restClient(cms.config)
    const me = await rest('GET', '/users/me', { token: staff.editor.token })
    expect(me.json.user.role).toBe('editor')
  })
})
