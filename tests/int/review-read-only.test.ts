import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { SUBMITTED_IS_LOCKED } from '../../cms/hooks/applyReviewTransition'
import { createBasics, paragraph, richText } from '../helpers/content'
import { startTestCms, type TestCms } from '../helpers/payload'
import { restClient } from '../helpers/rest'
import { createStaff } from '../helpers/staff'

let cms: TestCms
let rest: ReturnType<typeof restClient>
let staff: Awaited<ReturnType<typeof createStaff>>
let basics: Awaited<ReturnType<typeof createBasics>>

beforeAll(async () => {
  cms = await startTestCms()
  rest = restClient(cms.config)
  staff = await createStaff(cms.payload)
  basics = await createBasics(cms.payload)
})
afterAll(async () => {
  await cms?.close()
})

/**
 * What the admin asks before it opens an article (`POST /api/articles/access/:id`): the answer
 * decides whether the form is editable or read-only for this person.
 */
async function mayEdit(token: string, id: number | string): Promise<boolean> {
  const res = await rest('POST', `/articles/access/${id}`, { token })
  expect(res.status).toBe(200)
  const update = res.json.update as boolean | { permission?: boolean } | undefined
  return update === true || (typeof update === 'object' && update?.permission === true)
}

describe('a submitted article in the admin', () => {
  test('is read-only for its reporter until an editor returns it, and stays editable for editors', async () => {
    const created = await rest('POST', '/articles?draft=true', {
      token: staff.reporter.token,
      json: {
        title: 'Bắt giữ đối tượng trộm cắp xe máy',
        lead: 'Sapo bài chờ duyệt.',
        body: richText(paragraph('Nội dung bài chờ duyệt.')),
        authors: [basics.author.id],
        category: basics.category.id,
      },
    })
    expect(created.status).toBe(201)
    const id = created.json.doc.id
    expect(await mayEdit(staff.reporter.token, id)).toBe(true)

    const submitted = await rest('PATCH', `/articles/${id}?draft=true`, {
      token: staff.reporter.token,
      json: { reviewState: 'submitted' },
    })
    expect(submitted.status).toBe(200)
    expect(await mayEdit(staff.reporter.token, id)).toBe(false)
    expect(await mayEdit(staff.editor.token, id)).toBe(true)
    // Writing anyway is refused with the reason, and nothing changes.
    const write = await rest('PATCH', `/articles/${id}?draft=true`, {
      token: staff.reporter.token,
      json: { title: 'Sửa lén khi đang chờ duyệt' },
    })
    expect(write.status).toBe(403)
    expect(write.json.errors[0].message).toBe(SUBMITTED_IS_LOCKED)
    const latest = await rest('GET', `/articles/${id}?draft=true&depth=0`, {
      token: staff.editor.token,
    })
    expect(latest.json.title).toBe('Bắt giữ đối tượng trộm cắp xe máy')

    const returned = await rest('PATCH', `/articles/${id}?draft=true`, {
      token: staff.editor.token,
      json: { reviewState: 'returned', reviewNote: 'Bổ sung biển số xe.' },
    })
    expect(returned.status).toBe(200)
    expect(await mayEdit(staff.reporter.token, id)).toBe(true)
    const fixed = await rest('PATCH', `/articles/${id}?draft=true`, {
      token: staff.reporter.token,
      json: { title: 'Bắt giữ đối tượng trộm cắp xe máy biển số 37' },
    })
    expect(fixed.status).toBe(200)
  })
})
