import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import {
  startCmsWithStaff,
  type TestCms,
  type RestClient,
  type Staff,
} from '../helpers/cms-with-staff'

const CANARY = 'CANARY-lich-7e1f'
let cms: TestCms, rest: RestClient, staff: Staff

beforeAll(async () => {
  ;({ cms, rest, staff } = await startCmsWithStaff())
})
afterAll(async () => cms?.close())

const session = (subject: string) => ({
  date: '2026-12-03T05:00:00.000Z',
  time: 'Sáng',
  leader: 'Đại tá Nguyễn Văn A',
  place: 'Trụ sở Công an tỉnh',
  subject,
})

describe('reception schedule: access as articles', () => {
  test('the public reads published sessions only and writes none', async () => {
    const live = await cms.payload.create({
      collection: 'reception-schedule',
      data: { ...session('Tiếp công dân định kỳ'), _status: 'published' },
    })
    await cms.payload.create({
      collection: 'reception-schedule',
      draft: true,
      data: { ...session(CANARY), _status: 'draft' },
    })
    const list = await rest('GET', '/reception-schedule')
    expect(list.json.docs.map((d: { subject: string }) => d.subject)).toEqual([
      'Tiếp công dân định kỳ',
    ])
    for (const route of [
      '/reception-schedule?draft=true',
      '/reception-schedule/versions',
      `/reception-schedule?where[subject][like]=${CANARY}`,
    ]) {
      expect((await rest('GET', route)).text, route).not.toContain(CANARY)
    }
    expect((await rest('POST', '/reception-schedule', { json: session('x') })).status).toBe(403)
    expect((await rest('DELETE', `/reception-schedule/${live.id}`)).status).toBe(403)
  })

  test('a reporter drafts but cannot publish or delete; an editor can', async () => {
    const draft = await rest('POST', '/reception-schedule?draft=true', {
      token: staff.reporter.token,
      json: { ...session('Nháp'), _status: 'draft' },
    })
    expect(draft.status, draft.text).toBe(201)
    expect(
      (
        await rest('PATCH', `/reception-schedule/${draft.json.doc.id}`, {
          token: staff.reporter.token,
          json: { _status: 'published' },
        })
      ).status,
    ).toBe(403)
    expect(
      (
        await rest('DELETE', `/reception-schedule/${draft.json.doc.id}`, {
          token: staff.reporter.token,
        })
      ).status,
    ).toBe(403)
    expect(
      (
        await rest('PATCH', `/reception-schedule/${draft.json.doc.id}`, {
          token: staff.editor.token,
          json: { _status: 'published' },
        })
      ).status,
    ).toBe(200)
    expect(
      (
        await rest('DELETE', `/reception-schedule/${draft.json.doc.id}`, {
          token: staff.editor.token,
        })
      ).status,
    ).toBe(200)
  })
})
