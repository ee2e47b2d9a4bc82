import { REST_POST } from '@payloadcms/next/routes'
import { simpleParser, type ParsedMail } from 'mailparser'
import { pino } from 'pino'
import { SMTPServer } from 'smtp-server'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import type { EmailSettings } from '../../cms/env-email'
import { startTestCms, type TestCms } from '../helpers/payload'
import { restClient } from '../helpers/rest'
import { createStaffMember, PASSWORD } from '../helpers/staff'

// Ports 6100-6119 are this suite's: the catcher, and one where nothing listens.
const SMTP_PORT = 6100
const DEAD_PORT = 6101
const SMTP_USER = 'bantin-smtp'
const SMTP_PASSWORD = 'mat khau smtp 2026'
const PUBLIC_URL = 'https://cms.congan.test'
const SUBJECT = 'Đặt lại mật khẩu tài khoản trang quản trị tin tức'

interface Caught {
  mail: ParsedMail
  rcptTo: string[]
  user: string | undefined
}

const caught: Caught[] = []
const logins: { username: string; password: string }[] = []

const catcher = new SMTPServer({
  // A relay on the same machine: no TLS, but a login is still required.
  disabledCommands: ['STARTTLS'],
  allowInsecureAuth: true,
  logger: false,
  onAuth(auth, _session, callback) {
    logins.push({ username: auth.username ?? '', password: auth.password ?? '' })
    if (auth.username === SMTP_USER && auth.password === SMTP_PASSWORD)
      return callback(null, { user: auth.username })
    callback(new Error('Invalid username or password'))
  },
  onData(stream, session, callback) {
    simpleParser(stream).then(
      (mail) => {
        caught.push({
          mail,
          rcptTo: session.envelope.rcptTo.map((r) => r.address),
          user: session.user as string,
        })
        callback()
      },
      (error: Error) => callback(error),
    )
  },
})

let cms: TestCms
let rest: ReturnType<typeof restClient>

async function mailTo(address: string): Promise<Caught> {
  await until(() => caught.some((c) => c.rcptTo.includes(address)))
  const found = caught.find((c) => c.rcptTo.includes(address))
  if (!found) throw new Error(`no mail to ${address} within 15 s`)
  return found
}

/** POST /api/users/forgot-password as a browser behind a hostile proxy might send it. */
async function forgotPassword(email: string) {
  const request = new Request('http://localhost:3000/api/users/forgot-password', {
    method: 'POST',
    // Payload's own reset link follows the request's host; these must not steer it.
    headers: {
      'Content-Type': 'application/json',
      Host: 'evil.example',
      'X-Forwarded-Host': 'evil.example',
    },
    body: JSON.stringify({ email }),
  })
  const response = await REST_POST(cms.config)(request, {
    params: Promise.resolve({ slug: ['users', 'forgot-password'] }),
  })
  return { status: response.status, text: await response.text() }
}

async function storedToken(email: string): Promise<string> {
  const user = await cms.payload.db.findOne<{ id: number; resetPasswordToken?: string }>({
    collection: 'users',
    where: { email: { equals: email } },
  })
  return user!.resetPasswordToken!
}

type LogLine = { level: number; msg: string }

/**
 * The CMS with another email setting, as if started with it (the same factory payload.config.ts
 * calls), logging into `lines` through a logger like the CMS's own while `run` goes.
 */
async function withEmailSettings(
  email: EmailSettings,
  production: boolean,
  lines: LogLine[],
  run: () => Promise<void>,
) {
  const { createEmailAdapter } = await import('../../cms/email/adapter')
  const previous = { email: cms.payload.email, logger: cms.payload.logger }
  cms.payload.logger = pino(
    { level: 'info' },
    { write: (line: string) => void lines.push(JSON.parse(line)) },
  )
  try {
    cms.payload.email = createEmailAdapter(email, { production })({ payload: cms.payload })
    await run()
  } finally {
    Object.assign(cms.payload, previous)
  }
}

async function until(check: () => boolean, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs
  while (!check() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50))
}

beforeAll(async () => {
  await new Promise<void>((resolve) => catcher.listen(SMTP_PORT, '127.0.0.1', resolve))
  // vitest does not read .env: these are what an IT person would put there.
  process.env.SMTP_HOST = '127.0.0.1'
  process.env.SMTP_PORT = String(SMTP_PORT)
  process.env.SMTP_USER = SMTP_USER
  process.env.SMTP_PASSWORD = SMTP_PASSWORD
  process.env.EMAIL_FROM = 'Công an tỉnh Thử nghiệm <no-reply@congan.test>'
  process.env.SERVER_URL = PUBLIC_URL
  cms = await startTestCms()
  rest = restClient(cms.config)
})
afterAll(async () => {
  await cms?.close()
  await new Promise<void>((resolve) => catcher.close(() => resolve()))
})

describe('password reset mail over SMTP', () => {
  test('the mail reaches the account in Vietnamese, with a link on the public address that resets the password', async () => {
    const staff = await createStaffMember(cms.payload, 'reporter', 'quen-mat-khau')
    const answer = await forgotPassword(staff.email)
    expect(answer.status).toBe(200)

    const { mail, rcptTo, user } = await mailTo(staff.email)
    expect(rcptTo).toEqual([staff.email])
    expect(user).toBe(SMTP_USER)
    expect(mail.to && 'text' in mail.to ? mail.to.text : '').toBe(staff.email)
    expect(mail.from?.value).toEqual([
      { name: 'Công an tỉnh Thử nghiệm', address: 'no-reply@congan.test' },
    ])
    expect(mail.subject).toBe(SUBJECT)

    const token = await storedToken(staff.email)
    const link = `${PUBLIC_URL}/admin/reset/${token}`
    expect(mail.html).toContain(`href="${link}"`)
    expect(mail.html).toContain('Xin chào quen-mat-khau')
    expect(mail.html).toContain('trong vòng 1 giờ')
    expect(mail.html).not.toContain('evil.example')
    // A plain-text part too, for mail readers that show no HTML.
    expect(mail.text).toContain(link)

    // The link's token, as the staff member would follow it, sets a new password.
    const fromMail = /\/admin\/reset\/([0-9a-f]+)/.exec(mail.text ?? '')![1]!
    const fresh = 'song-hong-chay-qua-ha-noi'
    const reset = await rest('POST', '/users/reset-password', {
      json: { token: fromMail, password: fresh },
    })
    expect(reset.status).toBe(200)
    expect(
      (await rest('POST', '/users/login', { json: { email: staff.email, password: fresh } }))
        .status,
    ).toBe(200)
    expect(
      (await rest('POST', '/users/login', { json: { email: staff.email, password: PASSWORD } }))
        .status,
    ).toBe(401)
    // Used once, the link is spent.
    expect(
      (
        await rest('POST', '/users/reset-password', {
          json: { token: fromMail, password: 'mot-mat-khau-khac-nua' },
        })
      ).status,
    ).not.toBe(200)
  })

  test('an unknown email gets the same answer and no mail', async () => {
    const staff = await createStaffMember(cms.payload, 'editor', 'co-that')
    const unknown = await forgotPassword('khong-ton-tai@congan.test')
    const known = await forgotPassword(staff.email)
    expect(unknown).toEqual(known)
    await mailTo(staff.email)
    expect(caught.some((c) => c.rcptTo.includes('khong-ton-tai@congan.test'))).toBe(false)
  })

  test('a mail server that cannot be reached does not change the answer, and the failure is logged', async () => {
    const staff = await createStaffMember(cms.payload, 'reporter', 'may-chu-hong')
    const smtp = {
      host: '127.0.0.1',
      port: DEAD_PORT,
      secure: false,
      requireTLS: false,
      auth: null,
    }
    const lines: LogLine[] = []
    let answer: Awaited<ReturnType<typeof forgotPassword>> | undefined
    await withEmailSettings(
      { smtp, from: { name: 'bantin', address: 'no-reply@congan.test' } },
      true,
      lines,
      async () => {
        answer = await forgotPassword(staff.email)
        await until(() => lines.some((line) => line.msg.includes(staff.email)))
      },
    )
    expect(answer!.status).toBe(200)
    const failure = lines.find((line) => line.msg.includes(staff.email))
    expect(failure?.level).toBe(50)
    expect(failure?.msg).toMatch(/^Không gửi được email/)
    expect(failure?.msg).toContain(`127.0.0.1:${DEAD_PORT}`)
  })
})

describe('without SMTP', () => {
  const from = { name: 'bantin', address: 'no-reply@localhost' }

  test('on a development machine the whole message, link included, is printed to the CMS log', async () => {
    const staff = await createStaffMember(cms.payload, 'reporter', 'may-phat-trien')
    let status = 0
    const lines: LogLine[] = []
    await withEmailSettings({ smtp: null, from }, false, lines, async () => {
      status = (await forgotPassword(staff.email)).status
    })
    expect(status).toBe(200)
    const printed = lines.find((line) => line.msg.includes(SUBJECT))
    expect(printed?.level).toBe(30)
    expect(printed?.msg).toContain(`Tới / To: ${staff.email}`)
    expect(printed?.msg).toContain(`Tiêu đề / Subject: ${SUBJECT}`)
    expect(printed?.msg).toContain(`${PUBLIC_URL}/admin/reset/${await storedToken(staff.email)}`)
    expect(caught.some((c) => c.rcptTo.includes(staff.email))).toBe(false)
  })

  test('in production one warning says so at start; a reset request answers as usual and logs that nothing was sent', async () => {
    const staff = await createStaffMember(cms.payload, 'reporter', 'san-xuat')
    let answer: Awaited<ReturnType<typeof forgotPassword>> | undefined
    let unknown: Awaited<ReturnType<typeof forgotPassword>> | undefined
    const lines: LogLine[] = []
    await withEmailSettings({ smtp: null, from }, true, lines, async () => {
      answer = await forgotPassword(staff.email)
      unknown = await forgotPassword('khong-co@congan.test')
    })
    expect(answer).toEqual(unknown)
    expect(answer!.status).toBe(200)
    const warnings = lines.filter((line) => line.level === 40)
    expect(warnings[0]!.msg).toMatch(
      /^Chưa cấu hình SMTP: email đặt lại mật khẩu và thông báo sẽ không được gửi \(đặt SMTP_HOST/,
    )
    expect(warnings[0]!.msg).toContain('SMTP is not configured')
    const notSent = warnings.find((line) => line.msg.includes(staff.email))
    expect(notSent?.msg).toContain('không được gửi')
    // A reset link in a production log would let whoever reads the log take the account.
    const token = await storedToken(staff.email)
    expect(JSON.stringify(lines)).not.toContain(token)
  })
})
