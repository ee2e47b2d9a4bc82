import { verifyDelivery } from '@bantin/content-types/rebuild-webhook'
import { createLocalReq, initTransaction, killTransaction } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest'

import { createBasics } from '../helpers/content'
import { startTestCms, type TestCms } from '../helpers/payload'
import { startReceiver } from '../helpers/receiver'
import { restClient } from '../helpers/rest'
import { createStaff } from '../helpers/staff'

const SECRET = 'rebuild-secret-for-tests-0123456789abcdef'
let cms: TestCms
let worker: Awaited<ReturnType<typeof startReceiver>>
let github: Awaited<ReturnType<typeof startReceiver>>
let workerStatus = 202
let basics: Awaited<ReturnType<typeof createBasics>>

beforeAll(async () => {
  worker = await startReceiver(() => workerStatus)
  github = await startReceiver(() => 204)
  Object.assign(process.env, {
    REBUILD_WEBHOOK_URL: `${worker.url}/rebuild`,
    REBUILD_SECRET: SECRET,
    GITHUB_DISPATCH_REPO: 'congan-tinh/bantin-site',
    GITHUB_TOKEN: 'ghp_test_token',
    GITHUB_API_URL: github.url,
  })
  cms = await startTestCms()
  basics = await createBasics(cms.payload)
})
afterAll(async () => {
  await cms?.close()
  await worker?.close()
  await github?.close()
})
beforeEach(async () => {
  await cms.payload.jobs.run({ allQueues: true })
  worker.received.length = 0
  github.received.length = 0
})

/** Runs the queue and returns the bodies the worker received (checked signatures). */
async function deliverBodies(): Promise<Record<string, unknown>[]> {
  await deliver()
  return worker.received.map((r) => JSON.parse(r.body))
}

/** Runs the queue as npm start's runner would, and returns the reasons the worker received. */
async function deliver(): Promise<string[]> {
  await cms.payload.jobs.run({ allQueues: true })
  return worker.received.map((r) => {
    const check = verifyDelivery(SECRET, r.headers as Record<string, string>, r.body)
    expect(check.ok).toBe(true)
    return JSON.parse(r.body).reason
  })
}

const article = (title: string, status: 'draft' | 'published') =>
  cms.payload.create({
    collection: 'articles',
    draft: status === 'draft',
    data: {
      title,
      lead: 'Sapo',
      authors: [basics.author.id],
      category: basics.category.id,
      _status: status,
    },
  })

describe('what requests a rebuild', () => {
  test('publishing sends one signed webhook and one GitHub dispatch', async () => {
    const doc = await article('Bài mới đăng', 'published')
    expect(await deliver()).toEqual(['articles published'])
    expect(JSON.parse(worker.received[0].body)).toMatchObject({
      collection: 'articles',
      id: String(doc.id),
    })
    expect(github.received).toHaveLength(1)
    expect(github.received[0].path).toBe('/repos/congan-tinh/bantin-site/dispatches')
    expect(github.received[0].headers.authorization).toBe('Bearer ghp_test_token')
    expect(JSON.parse(github.received[0].body)).toMatchObject({
      event_type: 'bantin-publish',
      client_payload: { reason: 'articles published' },
    })
  })

  test('publishing an article with a hero image asks for a rebuild (its image is made public too)', async () => {
    const doc = await cms.payload.create({
      collection: 'articles',
      data: {
        title: 'Bài có ảnh đại diện',
        lead: 'Sapo',
        authors: [basics.author.id],
        category: basics.category.id,
        heroImage: basics.media.id,
        _status: 'published',
      },
    })
    expect(await deliver()).toEqual(['articles published'])
    expect(JSON.parse(worker.received[0].body).id).toBe(String(doc.id))
    expect(
      (await cms.payload.findByID({ collection: 'media', id: basics.media.id })).isPublic,
    ).toBe(true)
  })

  test('draft saves and autosaves never do, even over a live article', async () => {
    const live = await article('Bài đang hiển thị', 'published')
    await deliver()
    worker.received.length = 0
    await article('Bản nháp mới', 'draft')
    await cms.payload.update({
      collection: 'articles',
      id: live.id,
      draft: true,
      data: { title: 'Sửa nháp' },
    })
    await cms.payload.update({
      collection: 'articles',
      id: live.id,
      draft: true,
      autosave: true,
      data: { title: 'Tự lưu' },
    })
    expect(await deliver()).toEqual([])
  })

  test('update while published, unpublish, trash, restore and delete each do', async () => {
    const doc = await article('Vòng đời bài viết', 'published')
    await deliver()
    worker.received.length = 0
    const update = (data: Record<string, unknown>) =>
      cms.payload.update({ collection: 'articles', id: doc.id, data })
    await update({ title: 'Vòng đời (sửa)', _status: 'published' })
    await update({ _status: 'draft' })
    await update({ _status: 'published' })
    await update({ deletedAt: new Date().toISOString() })
    await cms.payload.update({
      collection: 'articles',
      id: doc.id,
      trash: true,
      data: { deletedAt: null },
    })
    await cms.payload.delete({ collection: 'articles', id: doc.id })
    expect(await deliver()).toEqual([
      'articles updated',
      'articles unpublished',
      'articles published',
      'articles trashed',
      'articles published',
      'articles deleted',
    ])
  })

  test('authors and categories shown on pages, and public captions, do; other media edits do not', async () => {
    await cms.payload.update({
      collection: 'authors',
      id: basics.author.id,
      data: { unit: 'Phòng PV01' },
    })
    await cms.payload.update({
      collection: 'categories',
      id: basics.category.id,
      data: { description: 'Mô tả mới' },
    })
    await cms.payload.update({
      collection: 'media',
      id: basics.media.id,
      data: { isPublic: true },
      context: { skipRebuild: true },
    })
    await cms.payload.update({
      collection: 'media',
      id: basics.media.id,
      data: { placeholder: true },
    })
    await cms.payload.update({
      collection: 'media',
      id: basics.media.id,
      data: { caption: 'Chú thích đã sửa' },
    })
    expect(await deliver()).toEqual(['authors updated', 'categories updated', 'media updated'])
  })

  test('seed and import skip it through req.context', async () => {
    await cms.payload.create({
      collection: 'articles',
      context: { skipRebuild: true },
      data: {
        title: 'Bài nhập',
        lead: 'Sapo',
        authors: [basics.author.id],
        category: basics.category.id,
        _status: 'published',
      },
    })
    expect(await deliver()).toEqual([])
  })
})

describe('takedowns', () => {
  test('unpublish, trash and delete of a live article are marked as takedowns of that article; publish and update are not', async () => {
    const doc = await article('Bài sẽ gỡ', 'published')
    const update = (data: Record<string, unknown>) =>
      cms.payload.update({ collection: 'articles', id: doc.id, data })
    await update({ title: 'Bài sẽ gỡ (sửa)', _status: 'published' })
    await update({ _status: 'draft' })
    await update({ _status: 'published' })
    await update({ deletedAt: new Date().toISOString() })
    await cms.payload.update({
      collection: 'articles',
      id: doc.id,
      trash: true,
      data: { deletedAt: null },
    })
    await cms.payload.delete({ collection: 'articles', id: doc.id })
    const id = String(doc.id)
    expect(
      (await deliverBodies()).map(({ reason, takedown, collection, id }) => ({
        reason,
        takedown,
        collection,
        id,
      })),
    ).toEqual([
      { reason: 'articles published', takedown: undefined, collection: 'articles', id },
      { reason: 'articles updated', takedown: undefined, collection: 'articles', id },
      { reason: 'articles unpublished', takedown: true, collection: 'articles', id },
      { reason: 'articles published', takedown: undefined, collection: 'articles', id },
      { reason: 'articles trashed', takedown: true, collection: 'articles', id },
      { reason: 'articles published', takedown: undefined, collection: 'articles', id },
      { reason: 'articles deleted', takedown: true, collection: 'articles', id },
    ])
    // GitHub's dispatch carries the same request.
    expect(github.received.map((r) => JSON.parse(r.body).client_payload.takedown)).toContain(true)
  })

  test('a scheduled unpublish fires with nobody at the keyboard and is a takedown', async () => {
    const live = await article('Bài hẹn giờ gỡ', 'published')
    await deliver()
    worker.received.length = 0
    await cms.payload.jobs.queue({
      task: 'schedulePublish',
      waitUntil: new Date(Date.now() + 300),
      input: { type: 'unpublish', doc: { relationTo: 'articles', value: live.id } },
    })
    await new Promise((r) => setTimeout(r, 400))
    await cms.payload.jobs.run({ allQueues: true })
    expect((await cms.payload.findByID({ collection: 'articles', id: live.id }))._status).toBe(
      'draft',
    )
    expect(await deliverBodies()).toEqual([
      expect.objectContaining({
        reason: 'articles unpublished',
        takedown: true,
        collection: 'articles',
        id: String(live.id),
      }),
    ])
  })
})

describe('the outbox', () => {
  test('a change and its rebuild request share one fate, even when the change is rolled back', async () => {
    const req = await createLocalReq({}, cms.payload)
    const transactional = await initTransaction(req)
    await cms.payload.create({
      collection: 'articles',
      req,
      data: {
        title: 'Bài bị hủy giao dịch',
        lead: 'Sapo',
        authors: [basics.author.id],
        category: basics.category.id,
        _status: 'published',
      },
    })
    await killTransaction(req)
    const kept = (
      await cms.payload.count({
        collection: 'articles',
        where: { title: { equals: 'Bài bị hủy giao dịch' } },
      })
    ).totalDocs
    // PostgreSQL rolls both back; SQLite (no transactions in Payload's adapter) keeps both.
    expect(kept).toBe(transactional ? 0 : 1)
    expect(await deliver()).toEqual(kept ? ['articles published'] : [])
  })

  test('the worker down during a publish: retried with backoff until it is up again', async () => {
    workerStatus = 503
    await article('Đăng khi máy xây dựng tắt', 'published')
    expect(await deliver()).toEqual(['articles published'])
    const [job] = (
      await cms.payload.find({
        collection: 'payload-jobs',
        where: { completedAt: { exists: false } },
      })
    ).docs
    expect(job.totalTried).toBe(1)
    expect(Date.parse(job.waitUntil!)).toBeGreaterThan(Date.now())
    workerStatus = 202
    worker.received.length = 0
    await new Promise((r) => setTimeout(r, 1200))
    expect(await deliver()).toEqual(['articles published'])
    // Delivered jobs are removed from the queue.
    expect(
      (await cms.payload.count({ collection: 'payload-jobs', where: { id: { equals: job.id } } }))
        .totalDocs,
    ).toBe(0)
  })
})

describe('scheduled publishing', () => {
  test('a scheduled publish fires with nobody at the keyboard and requests a rebuild', async () => {
    const draft = await article('Bài hẹn giờ đăng', 'draft')
    await cms.payload.jobs.queue({
      task: 'schedulePublish',
      waitUntil: new Date(Date.now() + 300),
      input: { type: 'publish', doc: { relationTo: 'articles', value: draft.id } },
    })
    expect(await deliver()).toEqual([])
    await new Promise((r) => setTimeout(r, 400))
    await cms.payload.jobs.run({ allQueues: true })
    const live = await cms.payload.findByID({ collection: 'articles', id: draft.id })
    expect(live._status).toBe('published')
    expect(await deliver()).toEqual(['articles published'])
  })
})

describe('site state in the admin', () => {
  test('everyone on staff sees the state; only editors and admins may rebuild now', async () => {
    const staff = await createStaff(cms.payload)
    const rest = restClient(cms.config)
    expect((await rest('GET', '/site/status')).status).toBe(403)
    const asReporter = await rest('GET', '/site/status', { token: staff.reporter.token })
    expect(asReporter.status).toBe(200)
    expect(asReporter.json).toMatchObject({
      canRebuild: false,
      targets: { webhook: true, github: true },
      queue: { pending: 0 },
    })
    expect((await rest('POST', '/site/rebuild', { token: staff.reporter.token })).status).toBe(403)
    expect((await rest('POST', '/site/rebuild')).status).toBe(403)

    const asEditor = await rest('POST', '/site/rebuild', { token: staff.editor.token })
    expect(asEditor.status).toBe(202)
    const queued = await rest('GET', '/site/status', { token: staff.editor.token })
    expect(queued.json).toMatchObject({ canRebuild: true, queue: { pending: 1 } })
    expect(await deliver()).toEqual(['manual rebuild'])
  })
})
