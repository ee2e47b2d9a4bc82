import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import {
  REPORTER_REVIEW_REFUSED,
  RETURN_NEEDS_NOTE,
  SUBMITTED_IS_LOCKED,
} from '../../cms/hooks/applyReviewTransition'
import {
  startCmsWithBasics,
  type TestCms,
  type RestClient,
  type Staff,
  type Basics,
} from '../helpers/cms-with-staff'
import { articleInput } from '../helpers/content'
import type { StaffMember } from '../helpers/staff'

let cms: TestCms, rest: RestClient, staff: Staff, basics: Basics

type Who = 'anonymous' | 'reporter' | 'otherReporter' | 'editor' | 'admin'
type Id = number | string
interface Outcome {
  status: number
  doc?: Record<string, unknown>
  message?: string
}

const articleData = (title: string, extra: Record<string, unknown> = {}) =>
  articleInput(basics, title, extra)

beforeAll(async () => {
  ;({ cms, rest, staff, basics } = await startCmsWithBasics())
})
afterAll(async () => cms?.close())

const member = (who: Who): StaffMember | undefined => (who === 'anonymous' ? undefined : staff[who])

/** The same write through the two doors a client has: REST, and the Local API with access on. */
const channels = {
  rest: async (
    who: Who,
    id: Id,
    data: Record<string, unknown>,
    draft: boolean,
  ): Promise<Outcome> => {
    const res = await rest('PATCH', `/articles/${id}${draft ? '?draft=true' : ''}`, {
      token: member(who)?.token,
      json: data,
    })
    const error = res.json?.errors?.[0]
    return {
      status: res.status,
      doc: res.json?.doc,
      message: error?.data?.errors?.[0]?.message ?? error?.message,
    }
  },
  local: async (
    who: Who,
    id: Id,
    data: Record<string, unknown>,
    draft: boolean,
  ): Promise<Outcome> => {
    const user = await userOf(cms.payload, who)
    try {
      const doc = await cms.payload.update({
        collection: 'articles',
        id,
        data,
        draft,
        user,
        overrideAccess: false,
      })
      return { status: 200, doc: doc as unknown as Record<string, unknown> }
    } catch (error) {
      const e = error as {
        status?: number
        message?: string
        data?: { errors?: { message: string }[] }
      }
      return { status: e.status ?? 500, message: e.data?.errors?.[0]?.message ?? e.message }
    }
  },
}

async function userOf(payload: Payload, who: Who) {
  const m = member(who)
  if (!m) return null
  const user = await payload.findByID({ collection: 'users', id: m.id })
  return { ...user, collection: 'users' as const }
}

async function reporterDraft(title: string, by: Who = 'reporter'): Promise<Id> {
  const res = await rest('POST', '/articles', {
    token: member(by)!.token,
    json: articleData(title),
  })
  expect(res.status).toBe(201)
  return res.json.doc.id
}

const stored = (id: Id) =>
  cms.payload.findByID({ collection: 'articles', id, draft: true, trash: true })

async function submitted(title: string): Promise<Id> {
  const id = await reporterDraft(title)
  expect((await channels.rest('reporter', id, { reviewState: 'submitted' }, true)).status).toBe(200)
  return id
}

async function returned(title: string): Promise<Id> {
  const id = await submitted(title)
  const res = await channels.rest(
    'editor',
    id,
    { reviewState: 'returned', reviewNote: 'Bổ sung ảnh hiện trường.' },
    true,
  )
  expect(res.status).toBe(200)
  return id
}

for (const [channel, write] of Object.entries(channels)) {
  describe(`review states through ${channel === 'rest' ? 'REST' : 'the Local API with access on'}`, () => {
    test('a new article is being written; its reporter submits it with "Gửi duyệt"', async () => {
      const id = await reporterDraft(`Bài mới ${channel}`)
      expect((await stored(id)).reviewState).toBe('writing')
      const res = await write('reporter', id, { reviewState: 'submitted' }, true)
      expect(res.status).toBe(200)
      expect((await stored(id)).reviewState).toBe('submitted')
    })

    test('nobody but its reporter and the editors submits an article', async () => {
      const id = await reporterDraft(`Bài của người khác ${channel}`)
      for (const who of ['anonymous', 'otherReporter'] as const) {
        expect((await write(who, id, { reviewState: 'submitted' }, true)).status, who).toBe(403)
      }
      expect((await stored(id)).reviewState).toBe('writing')
      expect((await write('editor', id, { reviewState: 'submitted' }, true)).status).toBe(200)
      expect((await write('admin', id, { reviewState: 'submitted' }, true)).status).toBe(200)
    })

    test('a submitted article cannot be edited by its reporter until it is returned; editors still edit it', async () => {
      const id = await submitted(`Bài đã gửi ${channel}`)
      for (const draft of [true, false]) {
        const res = await write('reporter', id, { title: 'Phóng viên sửa sau khi gửi' }, draft)
        expect(res.status).toBe(403)
        expect(res.message).toBe(SUBMITTED_IS_LOCKED)
      }
      expect((await write('reporter', id, { reviewState: 'writing' }, true)).status).toBe(403)
      expect((await stored(id)).title).toBe(`Bài đã gửi ${channel}`)
      const edit = await write('editor', id, { title: `Biên tập viên sửa ${channel}` }, true)
      expect(edit.status).toBe(200)
      expect((await stored(id)).reviewState).toBe('submitted')
    })

    test('an editor returns it with a note the reporter reads on the article; without a note it is refused', async () => {
      const id = await submitted(`Bài trả lại ${channel}`)
      const bare = await write('editor', id, { reviewState: 'returned' }, true)
      expect(bare.status).toBe(400)
      expect(bare.message).toContain(RETURN_NEEDS_NOTE)
      expect((await stored(id)).reviewState).toBe('submitted')
      const res = await write(
        'editor',
        id,
        { reviewState: 'returned', reviewNote: 'Thiếu tên cán bộ phát ngôn.' },
        true,
      )
      expect(res.status).toBe(200)
      const seen = await rest('GET', `/articles/${id}?draft=true`, { token: staff.reporter.token })
      expect(seen.json.reviewState).toBe('returned')
      expect(seen.json.reviewNote).toBe('Thiếu tên cán bộ phát ngôn.')
    })

    test('an admin returns an article too', async () => {
      const id = await submitted(`Bài quản trị trả lại ${channel}`)
      const res = await write(
        'admin',
        id,
        { reviewState: 'returned', reviewNote: 'Sai chức danh.' },
        true,
      )
      expect(res.status).toBe(200)
      expect((await stored(id)).reviewState).toBe('returned')
    })

    test('reporters never return an article, their own or another’s, and cannot write the editor’s note', async () => {
      const id = await submitted(`Bài phóng viên tự trả ${channel}`)
      for (const who of ['reporter', 'otherReporter', 'anonymous'] as const) {
        const res = await write(who, id, { reviewState: 'returned', reviewNote: 'Tự trả' }, true)
        expect(res.status, who).toBe(403)
      }
      const own = await reporterDraft(`Bài chưa gửi ${channel}`)
      const self = await write('reporter', own, { reviewState: 'returned' }, true)
      expect(self.status).toBe(403)
      expect(self.message).toBe(REPORTER_REVIEW_REFUSED)
      const note = await write('reporter', own, { reviewNote: 'Ghi chú giả' }, true)
      expect(note.status).toBe(200)
      expect((await stored(own)).reviewNote ?? null).toBeNull()
    })

    test('the reporter fixes a returned article and submits it again', async () => {
      const id = await returned(`Bài sửa lại ${channel}`)
      const fix = await write(
        'reporter',
        id,
        { title: `Bài đã sửa ${channel}`, reviewState: 'returned' },
        true,
      )
      expect(fix.status).toBe(200)
      const again = await write('reporter', id, { reviewState: 'submitted' }, true)
      expect(again.status).toBe(200)
      const after = await stored(id)
      expect(after.title).toBe(`Bài đã sửa ${channel}`)
      expect(after.reviewState).toBe('submitted')
    })

    test('reporters never publish, whatever the state: only editors and admins do, which closes the round', async () => {
      for (const make of [reporterDraft, submitted, returned]) {
        const id = await make(`Bài xuất bản ${make.name} ${channel}`)
        for (const who of ['reporter', 'otherReporter', 'anonymous'] as const) {
          expect(
            (await write(who, id, { _status: 'published' }, false)).status,
            `${who} ${make.name}`,
          ).toBe(403)
        }
        expect((await stored(id))._status).toBe('draft')
      }
      for (const who of ['editor', 'admin'] as const) {
        const id = await submitted(`Bài được đăng bởi ${who} ${channel}`)
        const res = await write(who, id, { _status: 'published' }, false)
        expect(res.status).toBe(200)
        const live = await cms.payload.findByID({ collection: 'articles', id })
        expect(live._status).toBe('published')
        expect(live.reviewState).toBe('writing')
      }
    })

    test('only editors and admins unpublish, trash and restore', async () => {
      const id = await submitted(`Bài gỡ ${channel}`)
      expect((await write('editor', id, { _status: 'published' }, false)).status).toBe(200)
      for (const who of ['reporter', 'otherReporter', 'anonymous'] as const) {
        expect((await write(who, id, { _status: 'draft' }, false)).status, who).toBe(403)
        expect(
          (await write(who, id, { deletedAt: new Date().toISOString() }, false)).status,
          who,
        ).toBe(403)
      }
      expect((await write('editor', id, { _status: 'draft' }, false)).status).toBe(200)
      expect(
        (await write('admin', id, { deletedAt: new Date().toISOString() }, false)).status,
      ).toBe(200)
      expect((await stored(id)).deletedAt).toBeTruthy()
    })
  })
}

describe('scheduling and deleting', () => {
  const schedule = (token: string | undefined, id: Id) =>
    rest('POST', '/payload-jobs', {
      token,
      json: {
        taskSlug: 'schedulePublish',
        input: { type: 'publish', doc: { relationTo: 'articles', value: String(id) } },
        waitUntil: new Date(Date.now() + 3_600_000).toISOString(),
      },
    })

  test('reporters cannot schedule or delete a submitted article, through REST or the Local API', async () => {
    const id = await submitted('Bài hẹn giờ của phóng viên')
    expect((await schedule(staff.reporter.token, id)).status).toBe(403)
    expect((await schedule(undefined, id)).status).toBe(403)
    expect((await rest('DELETE', `/articles/${id}`, { token: staff.reporter.token })).status).toBe(
      403,
    )
    const reporter = await userOf(cms.payload, 'reporter')
    await expect(
      cms.payload.create({
        collection: 'payload-jobs',
        data: {
          taskSlug: 'schedulePublish',
          input: { type: 'publish', doc: { relationTo: 'articles', value: String(id) } },
        },
        user: reporter,
        overrideAccess: false,
      }),
    ).rejects.toMatchObject({ status: 403 })
    await expect(
      cms.payload.delete({ collection: 'articles', id, user: reporter, overrideAccess: false }),
    ).rejects.toMatchObject({ status: 403 })
    expect((await stored(id)).reviewState).toBe('submitted')
  })

  test('a scheduled publish runs as the editor who scheduled it and closes the round', async () => {
    const id = await submitted('Bài hẹn giờ của biên tập viên')
    const editor = await userOf(cms.payload, 'editor')
    await cms.payload.jobs.queue({
      task: 'schedulePublish',
      input: {
        type: 'publish',
        doc: { relationTo: 'articles', value: id as number },
        user: { relationTo: 'users', value: editor!.id },
      },
    })
    await cms.payload.jobs.run()
    const live = await cms.payload.findByID({ collection: 'articles', id })
    expect(live._status).toBe('published')
    expect(live.reviewState).toBe('writing')
  })

  test('editors delete', async () => {
    const id = await submitted('Bài biên tập viên xóa')
    expect((await rest('DELETE', `/articles/${id}`, { token: staff.editor.token })).status).toBe(
      200,
    )
  })
})

describe('who sees the review state', () => {
  test('the public REST never shows reviewState or reviewNote; staff see both', async () => {
    const id = await returned('Bài công khai có ghi chú')
    expect((await channels.rest('editor', id, { _status: 'published' }, false)).status).toBe(200)
    const anonymous = await rest('GET', `/articles/${id}`)
    expect(anonymous.status).toBe(200)
    expect(anonymous.json.title).toBe('Bài công khai có ghi chú')
    expect(anonymous.json).not.toHaveProperty('reviewState')
    expect(anonymous.json).not.toHaveProperty('reviewNote')
    const staffRead = await rest('GET', `/articles/${id}`, { token: staff.reporter.token })
    expect(staffRead.json.reviewState).toBe('writing')
    expect(staffRead.json.reviewNote).toBe('Bổ sung ảnh hiện trường.')
  })
})
