import { REST_GET } from '@payloadcms/next/routes'
import { createLocalReq } from 'payload'
import type { withdrawExpiredNotices as Job } from '../../cms/jobs/withdrawExpiredNotices'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { makeJpeg } from '../helpers/content'
import { startTestCms, type TestCms } from '../helpers/payload'
import { restClient } from '../helpers/rest'
import { createStaff } from '../helpers/staff'

const CANARY = 'CANARY-truy-na-9c1e'
let cms: TestCms
let withdrawExpiredNotices: typeof Job
let rest: ReturnType<typeof restClient>
let staff: Awaited<ReturnType<typeof createStaff>>
let getFile: ReturnType<typeof REST_GET>

beforeAll(async () => {
  cms = await startTestCms()
  // Imported after the test CMS set its environment: cms/settings.ts reads it on import.
  ;({ withdrawExpiredNotices } = await import('../../cms/jobs/withdrawExpiredNotices'))
  rest = restClient(cms.config)
  getFile = REST_GET(cms.config)
  staff = await createStaff(cms.payload)
})
afterAll(async () => cms?.close())

const notice = (
  fullName: string,
  extra: { status?: 'caught' | 'withdrawn'; photo?: number; expiresAt?: string } = {},
) => ({
  fullName,
  offence: 'Giết người',
  decisionNumber: '12/QĐ-CSHS',
  decisionDate: '2026-11-20T00:00:00.000Z',
  issuingUnit: 'Cơ quan CSĐT Công an tỉnh',
  status: 'wanted' as 'wanted' | 'caught' | 'withdrawn',
  ...extra,
})

async function photo(caption: string) {
  return cms.payload.create({
    collection: 'media',
    data: { caption, alt: caption },
    file: {
      data: await makeJpeg(300, 400),
      mimetype: 'image/jpeg',
      name: 'doi-tuong.jpg',
      size: 0,
    },
  })
}

async function publish(fullName: string, extra: Parameters<typeof notice>[1] = {}) {
  return cms.payload.create({
    collection: 'wanted-notices',
    data: { ...notice(fullName, extra), _status: 'published' },
  })
}

async function fileStatus(name: string) {
  const request = new Request(`http://localhost:3000/api/media/file/${encodeURIComponent(name)}`)
  const response = await getFile(request, {
    params: Promise.resolve({ slug: ['media', 'file', name] }),
  })
  return response.status
}

async function takedownsFor(id: number | string) {
  const { docs } = await cms.payload.find({
    collection: 'payload-jobs',
    where: { taskSlug: { equals: 'deliverRebuild' } },
    limit: 1000,
    overrideAccess: true,
  })
  return docs
    .map(
      (job) =>
        job.input as { collection?: string; docId?: string; takedown?: boolean; reason: string },
    )
    .filter((input) => input.collection === 'wanted-notices' && input.docId === String(id))
}

describe('wanted notices: who may do what', () => {
  test('the public reads current notices but cannot write any', async () => {
    const live = await publish('Nguyễn Văn Công Khai')
    expect((await rest('GET', `/wanted-notices/${live.id}`)).json.fullName).toBe(
      'Nguyễn Văn Công Khai',
    )
    expect((await rest('POST', '/wanted-notices', { json: notice('Kẻ Lạ') })).status).toBe(403)
    expect(
      (await rest('PATCH', `/wanted-notices/${live.id}`, { json: { status: 'caught' } })).status,
    ).toBe(403)
    expect((await rest('DELETE', `/wanted-notices/${live.id}`)).status).toBe(403)
    expect(Object.keys((await rest('GET', `/wanted-notices/${live.id}`)).json)).not.toContain(
      'createdBy',
    )
  })

  test('a reporter writes drafts, edits only their own, and can neither publish nor delete', async () => {
    const { reporter, otherReporter } = staff
    const made = await rest('POST', '/wanted-notices?draft=true', {
      token: reporter.token,
      json: { ...notice('Trần Văn Nháp'), _status: 'draft' },
    })
    expect(made.status, made.text).toBe(201)
    const id = made.json.doc.id
    expect(
      (
        await rest('POST', '/wanted-notices', {
          token: reporter.token,
          json: { ...notice('Lê Văn Đăng'), _status: 'published' },
        })
      ).status,
    ).toBe(403)
    expect(
      (
        await rest('PATCH', `/wanted-notices/${id}?draft=true`, {
          token: reporter.token,
          json: { otherNames: 'Tý' },
        })
      ).status,
    ).toBe(200)
    expect(
      (
        await rest('PATCH', `/wanted-notices/${id}`, {
          token: reporter.token,
          json: { _status: 'published' },
        })
      ).status,
    ).toBe(403)
    expect(
      (
        await rest('PATCH', `/wanted-notices/${id}?draft=true`, {
          token: otherReporter.token,
          json: { otherNames: 'Sửu' },
        })
      ).status,
    ).toBe(403)
    expect((await rest('DELETE', `/wanted-notices/${id}`, { token: reporter.token })).status).toBe(
      403,
    )
  })

  test('an editor publishes, changes status and deletes; an admin too', async () => {
    for (const who of [staff.editor, staff.admin]) {
      const made = await rest('POST', '/wanted-notices', {
        token: who.token,
        json: { ...notice(`Phạm Văn ${who.role}`), _status: 'published' },
      })
      expect(made.status, made.text).toBe(201)
      const id = made.json.doc.id
      expect(
        (
          await rest('PATCH', `/wanted-notices/${id}`, {
            token: who.token,
            json: { status: 'caught' },
          })
        ).json.doc.status,
      ).toBe('caught')
      expect((await rest('DELETE', `/wanted-notices/${id}`, { token: who.token })).status).toBe(200)
    }
  })

  test('staff-only fields and versions stay with staff', async () => {
    expect((await rest('GET', '/wanted-notices/versions')).status).toBe(403)
    expect(
      (await rest('GET', '/wanted-notices/versions', { token: staff.reporter.token })).status,
    ).toBe(200)
  })
})

describe('wanted notices: no draft, version or trashed notice reaches the public', () => {
  const ids: Record<string, number | string> = {}
  beforeAll(async () => {
    const { payload } = cms
    const draft = await payload.create({
      collection: 'wanted-notices',
      draft: true,
      data: { ...notice(`Nháp ${CANARY}`), offence: CANARY, _status: 'draft' },
    })
    const live = await publish('Hoàng Văn Đã Đăng')
    await payload.update({
      collection: 'wanted-notices',
      id: live.id,
      draft: true,
      data: { fullName: `Sửa ${CANARY}`, _status: 'draft' },
    })
    const trashed = await publish(`Rác ${CANARY}`)
    await payload.update({
      collection: 'wanted-notices',
      id: trashed.id,
      data: { deletedAt: new Date().toISOString() },
    })
    const caught = await publish(`Bắt ${CANARY}`, { status: 'caught' })
    const expired = await publish(`Hết hạn ${CANARY}`, { expiresAt: '2020-01-01T00:00:00.000Z' })
    Object.assign(ids, {
      draft: draft.id,
      live: live.id,
      trashed: trashed.id,
      caught: caught.id,
      expired: expired.id,
    })
  })

  test('no route returns the canary string', async () => {
    const routes = [
      '/wanted-notices',
      '/wanted-notices?draft=true',
      '/wanted-notices?where[_status][equals]=draft&draft=true',
      `/wanted-notices?where[fullName][like]=${CANARY}`,
      '/wanted-notices?where[status][equals]=caught',
      '/wanted-notices?where[expiresAt][less_than]=2030-01-01',
      ...Object.values(ids).flatMap((id) => [
        `/wanted-notices/${id}`,
        `/wanted-notices/${id}?draft=true`,
        `/wanted-notices/${id}?trash=true`,
      ]),
      '/wanted-notices?trash=true',
      '/wanted-notices/versions',
      `/wanted-notices/versions?where[parent][equals]=${ids.live}`,
      '/wanted-notices?depth=2',
      '/wanted-notices/count?where[_status][equals]=draft',
    ]
    for (const route of routes) {
      const res = await rest('GET', route)
      expect(res.text, `${route} leaked`).not.toContain(CANARY)
    }
  })

  test('a caught or expired notice answers 404; the live one its published text', async () => {
    expect((await rest('GET', `/wanted-notices/${ids.caught}`)).status).toBe(404)
    expect((await rest('GET', `/wanted-notices/${ids.expired}`)).status).toBe(404)
    expect((await rest('GET', `/wanted-notices/${ids.live}`)).json.fullName).toBe(
      'Hoàng Văn Đã Đăng',
    )
  })
})

describe('wanted notices: leaving the site takes the photo with it', () => {
  test('a photo is public while its notice is current, and not once the person is caught', async () => {
    const image = await photo('Ảnh đối tượng Đinh Văn Bắt')
    expect(await fileStatus(image.filename!)).toBe(403)
    const live = await publish('Đinh Văn Bắt', { photo: image.id })
    expect(await fileStatus(image.filename!)).toBe(200)
    expect(await fileStatus(image.sizes!.w480_webp!.filename!)).toBe(200)
    await cms.payload.update({
      collection: 'wanted-notices',
      id: live.id,
      data: { status: 'caught' },
    })
    expect((await rest('GET', `/wanted-notices/${live.id}`)).status).toBe(404)
    expect(await fileStatus(image.filename!)).toBe(403)
    expect(await fileStatus(image.sizes!.w480_webp!.filename!)).toBe(403)
    expect((await rest('GET', `/media/${image.id}`)).status).toBe(404)
    expect(await takedownsFor(live.id)).toContainEqual(
      expect.objectContaining({ reason: 'wanted-notices withdrawn', takedown: true }),
    )
  })

  test('an expired notice is refused at once; the expiry job takes its photo back and its page down', async () => {
    const image = await photo('Ảnh đối tượng Vũ Văn Hạn')
    const soon = new Date(Date.now() + 1500).toISOString()
    const live = await publish('Vũ Văn Hạn', { photo: image.id, expiresAt: soon })
    expect(await fileStatus(image.filename!)).toBe(200)
    await new Promise((resolve) => setTimeout(resolve, 1600))
    expect((await rest('GET', `/wanted-notices/${live.id}`)).status).toBe(404)
    const req = await createLocalReq({}, cms.payload)
    expect(await withdrawExpiredNotices(req)).toEqual([live.id])
    expect(await fileStatus(image.filename!)).toBe(403)
    expect(await takedownsFor(live.id)).toContainEqual(
      expect.objectContaining({ reason: 'wanted-notices expired', takedown: true }),
    )
    // Done once: the next run finds nothing more to take down.
    expect(await withdrawExpiredNotices(req)).toEqual([])
  })

  test('a photo shown by an article too stays public when the notice leaves', async () => {
    const image = await photo('Ảnh dùng chung')
    const live = await publish('Đỗ Văn Chung', { photo: image.id })
    await cms.payload.create({
      collection: 'articles',
      data: {
        ...(await articleBasics()),
        title: 'Bắt đối tượng truy nã',
        lead: 'Sapo',
        heroImage: image.id,
        _status: 'published',
      },
    })
    await cms.payload.update({
      collection: 'wanted-notices',
      id: live.id,
      data: { status: 'withdrawn' },
    })
    expect(await fileStatus(image.filename!)).toBe(200)
  })
})

/** The category and author an article needs: those of an earlier test, or new ones. */
async function articleBasics() {
  const {
    docs: [category],
  } = await cms.payload.find({ collection: 'categories', limit: 1 })
  const {
    docs: [author],
  } = await cms.payload.find({ collection: 'authors', limit: 1 })
  return category && author ? { category: category.id, authors: [author.id] } : makeBasics()
}

async function makeBasics() {
  const category = await cms.payload.create({
    collection: 'categories',
    data: { name: 'Truy nã', slug: 'truy-na' },
  })
  const author = await cms.payload.create({
    collection: 'authors',
    data: { fullName: 'Phòng PV01', byline: 'PV01' },
  })
  return { category: category.id, authors: [author.id] }
}

describe('wanted notices: the photo of a current notice cannot be deleted', () => {
  test('deleting it is refused naming the notice; once the person is caught it can go', async () => {
    const image = await photo('Ảnh đối tượng Lý Văn Giữ')
    const live = await publish('Lý Văn Giữ', { photo: image.id })
    const refused = await rest('DELETE', `/media/${image.id}`, { token: staff.editor.token })
    expect(refused.status).toBe(400)
    expect(refused.text).toContain(
      'Không thể xóa ảnh này: 1 lệnh truy nã đang đăng trên trang công khai dùng ảnh này (“Lý Văn Giữ”)',
    )
    const kept = await cms.payload.findByID({ collection: 'wanted-notices', id: live.id, depth: 0 })
    expect(kept.photo).toBe(image.id)
    expect(await fileStatus(image.filename!)).toBe(200)

    await cms.payload.update({
      collection: 'wanted-notices',
      id: live.id,
      data: { status: 'caught' },
    })
    const deleted = await rest('DELETE', `/media/${image.id}`, { token: staff.editor.token })
    expect(deleted.status, deleted.text).toBe(200)
  })

  test('an article and a notice sharing the photo are both named', async () => {
    const image = await photo('Ảnh đối tượng Mai Văn Hai')
    await publish('Mai Văn Hai', { photo: image.id })
    await cms.payload.create({
      collection: 'articles',
      data: {
        ...(await articleBasics()),
        title: 'Truy tìm Mai Văn Hai',
        lead: 'Sapo',
        heroImage: image.id,
        _status: 'published',
      },
    })
    const refused = await rest('DELETE', `/media/${image.id}`, { token: staff.admin.token })
    expect(refused.status).toBe(400)
    expect(refused.text).toContain(
      '1 bài đang đăng trên trang công khai dùng ảnh này (“Truy tìm Mai Văn Hai”)',
    )
    expect(refused.text).toContain(
      '1 lệnh truy nã đang đăng trên trang công khai dùng ảnh này (“Mai Văn Hai”)',
    )
  })
})
