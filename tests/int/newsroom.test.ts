import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import {
  startCmsWithBasics,
  type TestCms,
  type RestClient,
  type Staff,
  type Basics,
} from '../helpers/cms-with-staff'

const SITE_URL = 'https://congan.test'

let cms: TestCms, rest: RestClient, staff: Staff, basics: Basics
const ids: Record<string, number> = {}

const titles = (lines: { title: string }[]) => lines.map((l) => l.title)

beforeAll(async () => {
  process.env.SITE_URL = SITE_URL
  ;({ cms, rest, staff, basics } = await startCmsWithBasics())
  const write = async (token: string, title: string) => {
    const res = await rest('POST', '/articles', {
      token,
      json: { title, lead: 'Sapo', authors: [basics.author.id], category: basics.category.id },
    })
    ids[title] = res.json.doc.id
    return res.json.doc.id as number
  }
  const draft = (token: string, id: number, json: Record<string, unknown>) =>
    rest('PATCH', `/articles/${id}?draft=true`, { token, json })
  await draft(staff.reporter.token, await write(staff.reporter.token, 'Bài chờ duyệt'), {
    reviewState: 'submitted',
  })
  await write(staff.reporter.token, 'Bản nháp đang viết')
  await write(staff.otherReporter.token, 'Bản nháp của đồng nghiệp')
  const returned = await write(staff.reporter.token, 'Bài bị trả lại')
  await draft(staff.reporter.token, returned, { reviewState: 'submitted' })
  await draft(staff.editor.token, returned, { reviewState: 'returned', reviewNote: 'Thiếu ảnh.' })
  const scheduled = await write(staff.reporter.token, 'Bài hẹn giờ')
  await cms.payload.jobs.queue({
    task: 'schedulePublish',
    waitUntil: new Date('2030-01-02T03:00:00.000Z'),
    input: {
      type: 'publish',
      doc: { relationTo: 'articles', value: scheduled },
      user: { relationTo: 'users', value: staff.editor.id as number },
    },
  })
  await rest('PATCH', `/articles/${await write(staff.reporter.token, 'Bài đã đăng')}`, {
    token: staff.editor.token,
    json: { _status: 'published' },
  })
})
afterAll(async () => cms?.close())

describe('GET /api/newsroom', () => {
  test('an editor sees what waits for review, what is scheduled and when, and what was published with its public link', async () => {
    const res = await rest('GET', '/newsroom', { token: staff.editor.token })
    expect(res.status).toBe(200)
    expect(res.json.role).toBe('editor')
    expect(titles(res.json.waiting)).toEqual(['Bài chờ duyệt'])
    expect(res.json.count).toBe(1)
    expect(titles(res.json.returned)).toEqual(['Bài bị trả lại'])
    expect(res.json.scheduled).toEqual([
      expect.objectContaining({
        title: 'Bài hẹn giờ',
        when: '2030-01-02T03:00:00.000Z',
        scheduled: 'publish',
      }),
    ])
    const [published] = res.json.published
    expect(published.title).toBe('Bài đã đăng')
    expect(published.url).toBe(`${SITE_URL}/tin-tuc/bai-da-dang/`)
  })

  test('a reporter sees their own drafts and returned articles with the editor’s note, not a colleague’s', async () => {
    const res = await rest('GET', '/newsroom', { token: staff.reporter.token })
    expect(res.json.role).toBe('reporter')
    expect(res.json.waiting).toEqual([])
    expect(res.json.returned).toEqual([
      expect.objectContaining({ title: 'Bài bị trả lại', note: 'Thiếu ảnh.' }),
    ])
    expect(titles(res.json.drafts).sort()).toEqual([
      'Bài chờ duyệt',
      'Bài hẹn giờ',
      'Bản nháp đang viết',
    ])
    expect(res.json.count).toBe(1)
  })

  test('the navigation count: submissions for editors, returned articles for reporters', async () => {
    expect((await rest('GET', '/newsroom?count=1', { token: staff.editor.token })).json).toEqual({
      count: 1,
    })
    expect((await rest('GET', '/newsroom?count=1', { token: staff.reporter.token })).json).toEqual({
      count: 1,
    })
    expect(
      (await rest('GET', '/newsroom?count=1', { token: staff.otherReporter.token })).json,
    ).toEqual({ count: 0 })
    await rest('PATCH', `/articles/${ids['Bản nháp đang viết']}?draft=true`, {
      token: staff.reporter.token,
      json: { reviewState: 'submitted' },
    })
    expect((await rest('GET', '/newsroom?count=1', { token: staff.admin.token })).json).toEqual({
      count: 2,
    })
  })

  test('is refused to anonymous visitors', async () => {
    const res = await rest('GET', '/newsroom')
    expect(res.status).toBe(403)
    expect(res.text).not.toContain('Bài chờ duyệt')
  })
})
