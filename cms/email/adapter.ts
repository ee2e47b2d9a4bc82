import nodemailer from 'nodemailer'
import type { Payload, PayloadEmailAdapter, SendEmailOptions } from 'payload'

import type { EmailSettings, SmtpSettings } from '../env-email'
import { htmlToText } from './text'

type Sender = (message: SendEmailOptions) => Promise<void>

const NO_SMTP_WARNING =
  'Chưa cấu hình SMTP: email đặt lại mật khẩu và thông báo sẽ không được gửi (đặt SMTP_HOST, SMTP_PORT, ' +
  'SMTP_USER, SMTP_PASSWORD, EMAIL_FROM trong .env rồi khởi động lại). / SMTP is not configured: password ' +
  'reset and notification emails cannot be delivered (set SMTP_HOST… in .env and restart).'

type Address = string | { name?: string; address: string }

function addresses(field: Address | Address[] | undefined): string {
  const list = Array.isArray(field) ? field : field ? [field] : []
  return list.map((entry) => (typeof entry === 'string' ? entry : entry.address)).join(', ')
}

const recipients = (message: SendEmailOptions) =>
  [message.to, message.cc, message.bcc]
    .map((field) => addresses(field as Address | Address[]))
    .filter(Boolean)
    .join(', ')

const textOf = (message: SendEmailOptions) =>
  typeof message.text === 'string'
    ? message.text
    : typeof message.html === 'string'
      ? htmlToText(message.html)
      : ''

/**
 * A real mail server. A message is handed to it after the request that caused it has been
 * answered: how long the server takes must not tell a stranger whether a reset was for an
 * existing account, and a server that is down must not turn that answer into a 500. A failure is
 * logged as an error naming the recipient and the server.
 */
function smtpSender(payload: Payload, smtp: SmtpSettings, from: EmailSettings['from']): Sender {
  const server = `${smtp.host}:${smtp.port}`
  const transport = nodemailer.createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: smtp.secure,
    requireTLS: smtp.requireTLS,
    auth: smtp.auth ?? undefined,
    // Nodemailer waits up to 2 minutes for a connection by default; a wrong host should say so sooner.
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 60_000,
  })
  // Checked once at start, without holding it up: a wrong address or password shows in the log at
  // once, not when the first staff member waits for a reset mail.
  transport.verify().then(
    () =>
      payload.logger.info(`SMTP ${server}: kết nối được, email sẽ được gửi từ ${from.address}.`),
    (error: Error) =>
      payload.logger.error(
        `Không kết nối được máy chủ SMTP ${server} (${error.message}): email đặt lại mật khẩu sẽ không tới ` +
          'người nhận. Kiểm tra SMTP_HOST, SMTP_PORT, SMTP_SECURE, SMTP_USER, SMTP_PASSWORD. / Cannot reach the SMTP server.',
      ),
  )
  return async (message) => {
    const to = recipients(message)
    const subject = String(message.subject ?? '')
    // Payload writes its default sender as a string; the settings' object keeps the name's accents intact.
    const sender =
      !message.from || message.from === `"${from.name}" <${from.address}>` ? from : message.from
    transport.sendMail({ ...message, from: sender, text: textOf(message) || undefined }).then(
      (info) => payload.logger.info(`Đã gửi email "${subject}" tới ${to} (${info.messageId}).`),
      (error: Error) =>
        payload.logger.error(
          `Không gửi được email "${subject}" tới ${to} qua SMTP ${server}: ${error.message}`,
        ),
    )
  }
}

/** A development machine without a mail server: the whole message goes to the CMS log. */
function consoleSender(payload: Payload, from: EmailSettings['from']): Sender {
  return async (message) => {
    payload.logger.info(
      [
        'Email (chưa cấu hình SMTP, chỉ in ra đây, không gửi đi / not sent, printed because SMTP is not configured)',
        `Từ / From: ${addresses((message.from as Address) ?? from) || from.address}`,
        `Tới / To: ${recipients(message)}`,
        `Tiêu đề / Subject: ${String(message.subject ?? '')}`,
        '',
        textOf(message),
      ].join('\n'),
    )
  }
}

/**
 * Production without a mail server. The message is not printed: a reset link in the log would let
 * whoever reads the log take the account.
 */
function undeliverable(payload: Payload): Sender {
  return async (message) => {
    payload.logger.warn(
      `Chưa cấu hình SMTP: email "${String(message.subject ?? '')}" tới ${recipients(message)} không được gửi. ` +
        '/ Not sent: SMTP is not configured.',
    )
  }
}

/**
 * The CMS's email adapter (payload.config.ts `email`), chosen from the settings: SMTP when
 * SMTP_HOST is set, else the log on a development machine, else nothing, said once at start.
 */
export function createEmailAdapter(
  email: EmailSettings,
  { production }: { production: boolean },
): PayloadEmailAdapter {
  return ({ payload }) => {
    const base = { defaultFromAddress: email.from.address, defaultFromName: email.from.name }
    if (email.smtp)
      return { ...base, name: 'smtp', sendEmail: smtpSender(payload, email.smtp, email.from) }
    if (!production) {
      payload.logger.info(
        'Chưa cấu hình SMTP: email sẽ được in ra nhật ký này thay vì gửi đi (máy phát triển).',
      )
      return { ...base, name: 'console', sendEmail: consoleSender(payload, email.from) }
    }
    payload.logger.warn(NO_SMTP_WARNING)
    return { ...base, name: 'none', sendEmail: undeliverable(payload) }
  }
}
