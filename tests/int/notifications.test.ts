import { simpleParser, type ParsedMail } from 'mailparser'
import { SMTPServer } from 'smtp-server'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import {
  startCmsWithBasics,
  type TestCms,
  type RestClient,
  type Staff,
  type Basics,
} from '../helpers/cms-with-staff'

// Port 7101 is this suite's local SMTP catcher.
const SMTP_PORT = 7101
const CMS_URL = 'https://cms.congan.test'
const SITE_URL = 'https://congan.test'

const caught: { mail: ParsedMail; rcptTo: string[] }[] = []
const catcher = new SMTPServer({
  disabledCommands: ['STARTTLS', 'AUTH'],
  logger: false,
  onData(stream, session, callback) {
    simpleParser(stream).then(
      (mail) => {
        caught.push({ mail, rcptTo: session.envelope.rcptTo.map((r) => r.address) })
        callback()
      },
      (error: Error) => callback(error),
    )
  },
})

let cms: TestCms, rest: RestClient, staff: Staff, basics: Basics

async function mailsWith(subject: string, count = 1) {
  const deadline = Date.now() + 15_000
  const matching = () => caught.filter((c) => c.mail.subject === subject)
  while (matching().length < count && Date.now() < deadline)
    await new Promise((resolve) => setTimeout(resolve, 50))
  // A little longer, to see that no extra mail follows.
  await new Promise((resolve) => setTimeout(resolve, 300))
  return matching()
}

beforeAll(async () => {
  await new Promise<void>((resolve) => catcher.listen(SMTP_PORT, '127.0.0.1', resolve))
  process.env.SMTP_HOST = '127.0.0.1'
  process.env.SMTP_PORT = String(SMTP_PORT)
  process.env.EMAIL_FROM = 'Công an tỉnh Thử nghiệm <no-reply@congan.test>'
  process.env.SERVER_URL = CMS_URL
  process.env.SITE_URL = SITE_URL
  ;({ cms, rest, staff, basics } = await startCmsWithBasics())
})
afterAll(async () => {
  await cms?.close()
  await new Promise<void>((resolve) => catcher.close(() => resolve()))
})

describe('review notifications by email', () => {
  test('a submission mails the editors; a return mails the reporter the note; publishing mails the live link', async () => {
    const created = await rest('POST', '/articles', {
      token: staff.reporter.token,
      json: {
        title: 'Bắt giữ nhóm trộm xe',
        lead: 'Sapo',
        authors: [basics.author.id],
        category: basics.category.id,
      },
    })
    const id = created.json.doc.id
    const edit = `${CMS_URL}/admin/collections/articles/${id}`

    await rest('PATCH', `/articles/${id}?draft=true`, {
      token: staff.reporter.token,
      json: { reviewState: 'submitted' },
    })
    const [submitted, ...more] = await mailsWith('Bài chờ duyệt: Bắt giữ nhóm trộm xe')
    expect(more).toEqual([])
    expect(submitted!.rcptTo).toEqual([staff.editor.email])
    expect(submitted!.mail.text).toContain(edit)

    await rest('PATCH', `/articles/${id}?draft=true`, {
      token: staff.editor.token,
      json: { reviewState: 'returned', reviewNote: 'Ghi rõ thời gian bắt giữ.' },
    })
    const [returned] = await mailsWith('Bài bị trả lại: Bắt giữ nhóm trộm xe')
    expect(returned!.rcptTo).toEqual([staff.reporter.email])
    expect(returned!.mail.text).toContain('Ghi rõ thời gian bắt giữ.')
    expect(returned!.mail.from?.value).toEqual([
      { name: 'Công an tỉnh Thử nghiệm', address: 'no-reply@congan.test' },
    ])

    await rest('PATCH', `/articles/${id}?draft=true`, {
      token: staff.reporter.token,
      json: { reviewState: 'submitted' },
    })
    expect(await mailsWith('Bài chờ duyệt: Bắt giữ nhóm trộm xe', 2)).toHaveLength(2)

    const published = await rest('PATCH', `/articles/${id}`, {
      token: staff.editor.token,
      json: { _status: 'published' },
    })
    expect(published.status).toBe(200)
    const [live] = await mailsWith('Bài đã được xuất bản: Bắt giữ nhóm trộm xe')
    expect(live!.rcptTo).toEqual([staff.reporter.email])
    expect(live!.mail.text).toContain(`${SITE_URL}/tin-tuc/${published.json.doc.slug}/`)
  })

  test('a scheduled publish tells the reporter when; nobody is mailed about their own action', async () => {
    const created = await rest('POST', '/articles', {
      token: staff.editor.token,
      json: {
        title: 'Bài biên tập viên tự viết',
        lead: 'Sapo',
        authors: [basics.author.id],
        category: basics.category.id,
      },
    })
    await rest('PATCH', `/articles/${created.json.doc.id}?draft=true`, {
      token: staff.editor.token,
      json: { reviewState: 'submitted' },
    })
    const reporterArticle = await rest('POST', '/articles', {
      token: staff.reporter.token,
      json: {
        title: 'Bài hẹn giờ đăng',
        lead: 'Sapo',
        authors: [basics.author.id],
        category: basics.category.id,
      },
    })
    await cms.payload.jobs.queue({
      task: 'schedulePublish',
      waitUntil: new Date('2030-01-02T03:00:00.000Z'),
      input: {
        type: 'publish',
        doc: { relationTo: 'articles', value: reporterArticle.json.doc.id },
        user: { relationTo: 'users', value: staff.editor.id as number },
      },
    })
    const [scheduled] = await mailsWith('Bài đã được hẹn giờ: Bài hẹn giờ đăng')
    expect(scheduled!.rcptTo).toEqual([staff.reporter.email])
    expect(scheduled!.mail.text).toContain('Đăng lúc 02/01/2030 10:00 (giờ Việt Nam)')
    expect(await mailsWith('Bài chờ duyệt: Bài biên tập viên tự viết')).toEqual([])
  })
})
