import { createLocalReq } from 'payload'
import type { rebuildWhenWarningsEnd as Job } from '../../cms/jobs/rebuildWhenWarningsEnd'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { createBasics } from '../helpers/content'
import { startTestCms, type TestCms } from '../helpers/payload'
import { restClient } from '../helpers/rest'
import { createStaff } from '../helpers/staff'

let cms: TestCms
let rebuildWhenWarningsEnd: typeof Job
let rest: ReturnType<typeof restClient>
let staff: Awaited<ReturnType<typeof createStaff>>
let base: { authors: number[]; category: number }

beforeAll(async () => {
  cms = await startTestCms()
  // Imported after the test CMS set its environment: cms/settings.ts reads it on import.
  ;({ rebuildWhenWarningsEnd } = await import('../../cms/jobs/rebuildWhenWarningsEnd'))
  rest = restClient(cms.config)
  staff = await createStaff(cms.payload)
  const { author, category } = await createBasics(cms.payload)
  base = { authors: [author.id], category: category.id }
})
afterAll(async () => cms?.close())

const warning = (title: string, extra: Record<string, unknown> = {}) => ({
  ...base,
  title,
  lead: 'Sapo',
  isWarning: true,
  ...extra,
})

describe('article warnings', () => {
  test('a warning cannot be published without an end date; the message says what to do', async () => {
    const res = await rest('POST', '/articles', {
      token: staff.editor.token,
      json: { ...warning('Cảnh báo lừa đảo'), _status: 'published' },
    })
    expect(res.status).toBe(400)
    expect(res.text).toContain('Bài cảnh báo cần ngày kết thúc')
  })

  test('a draft warning may wait for its end date; with one it publishes and the public reads both fields', async () => {
    const draft = await rest('POST', '/articles?draft=true', {
      token: staff.reporter.token,
      json: { ...warning('Cảnh báo nháp'), _status: 'draft' },
    })
    expect(draft.status, draft.text).toBe(201)
    const until = '2030-01-01T00:00:00.000Z'
    const live = await rest('POST', '/articles', {
      token: staff.editor.token,
      json: {
        ...warning('Cảnh báo giả danh công an', { warningUntil: until }),
        _status: 'published',
      },
    })
    expect(live.status, live.text).toBe(201)
    const read = await rest('GET', `/articles/${live.json.doc.id}`)
    expect(read.json).toMatchObject({ isWarning: true, warningUntil: until })
  })

  test('the scheduled run asks for a rebuild once a published warning has ended, and not again later', async () => {
    const ended = new Date(Date.now() - 20_000).toISOString()
    await cms.payload.create({
      collection: 'articles',
      data: {
        ...warning('Cảnh báo vừa hết hạn', { warningUntil: ended }),
        _status: 'published',
      } as never,
    })
    const req = await createLocalReq({}, cms.payload)
    expect(await rebuildWhenWarningsEnd(req)).toBe(1)
    const { docs } = await cms.payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'deliverRebuild' } },
      limit: 1000,
      overrideAccess: true,
    })
    expect(docs.map((job) => (job.input as { reason: string }).reason)).toContain(
      'articles: 1 warning(s) ended',
    )
    expect(await rebuildWhenWarningsEnd(req, new Date(Date.now() + 5 * 60_000))).toBe(0)
  })
})

describe('the reception schedule week', () => {
  test('begins on Monday 00:00 Vietnam time, which is Sunday 17:00 UTC', async () => {
    const { weekStart } = await import('../../cms/jobs/rebuildWhenWarningsEnd')
    expect(weekStart(new Date('2026-12-02T10:00:00Z')).toISOString()).toBe(
      '2026-11-29T17:00:00.000Z',
    )
    expect(weekStart(new Date('2026-11-29T16:59:00Z')).toISOString()).toBe(
      '2026-11-22T17:00:00.000Z',
    )
    expect(weekStart(new Date('2026-11-29T17:00:00Z')).toISOString()).toBe(
      '2026-11-29T17:00:00.000Z',
    )
  })
})
