import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, test, vi } from 'vitest'

import { ConfigError } from '../../cms/env'
import { readEmailEnv } from '../../cms/env-email'

const FROM = 'Công an tỉnh <no-reply@congan.example.vn>'

describe('email settings', () => {
  test('no SMTP_HOST: no mail server, and a placeholder sender for the printed messages', () => {
    expect(readEmailEnv({})).toEqual({
      smtp: null,
      from: { name: 'bantin', address: 'no-reply@localhost' },
    })
    // An empty line in .env means "not set".
    expect(readEmailEnv({ SMTP_HOST: '', SMTP_PORT: '', EMAIL_FROM: '' }).smtp).toBeNull()
  })

  test('a full SMTP setting: port 587 is STARTTLS, the display name keeps its accents', () => {
    const email = readEmailEnv({
      SMTP_HOST: 'mail.congan.example.vn',
      SMTP_PORT: '587',
      SMTP_USER: 'no-reply@congan.example.vn',
      SMTP_PASSWORD: 'abcd efgh ijkl',
      EMAIL_FROM: FROM,
    })
    expect(email).toEqual({
      smtp: {
        host: 'mail.congan.example.vn',
        port: 587,
        secure: false,
        // A password is never sent over a connection that did not switch to TLS.
        requireTLS: true,
        auth: { user: 'no-reply@congan.example.vn', pass: 'abcd efgh ijkl' },
      },
      from: { name: 'Công an tỉnh', address: 'no-reply@congan.example.vn' },
    })
  })

  test('port 465 is TLS from the start unless SMTP_SECURE says otherwise; a relay on the same machine needs no TLS', () => {
    const base = { SMTP_HOST: 'smtp.example.vn', EMAIL_FROM: 'no-reply@example.vn' }
    expect(readEmailEnv({ ...base, SMTP_PORT: '465' }).smtp).toMatchObject({
      secure: true,
      auth: null,
    })
    expect(readEmailEnv({ ...base, SMTP_PORT: '465', SMTP_SECURE: 'false' }).smtp?.secure).toBe(
      false,
    )
    expect(readEmailEnv({ ...base, SMTP_PORT: '2525', SMTP_SECURE: 'true' }).smtp?.secure).toBe(
      true,
    )
    const local = {
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: '25',
      SMTP_USER: 'u',
      SMTP_PASSWORD: 'p',
      EMAIL_FROM: 'a@b.vn',
    }
    expect(readEmailEnv(local).smtp?.requireTLS).toBe(false)
    expect(readEmailEnv({ ...local, SMTP_HOST: '::1' }).smtp).toMatchObject({
      host: '::1',
      requireTLS: false,
    })
    expect(readEmailEnv({ ...base, SMTP_PORT: '25' }).smtp?.requireTLS).toBe(false)
  })

  test('EMAIL_FROM may be a bare address or a quoted name', () => {
    expect(readEmailEnv({ EMAIL_FROM: 'tin-tuc@congan.example.vn' }).from).toEqual({
      name: 'bantin',
      address: 'tin-tuc@congan.example.vn',
    })
    expect(readEmailEnv({ EMAIL_FROM: '"Phòng Tham mưu" <pv01@congan.example.vn>' }).from).toEqual({
      name: 'Phòng Tham mưu',
      address: 'pv01@congan.example.vn',
    })
  })

  test.each([
    [
      { SMTP_HOST: 'smtp.example.vn', EMAIL_FROM: FROM },
      /^SMTP_PORT must be set when SMTP_HOST is set/,
    ],
    [
      { SMTP_HOST: 'smtp.example.vn', SMTP_PORT: 'abc', EMAIL_FROM: FROM },
      /^SMTP_PORT must be a whole number from 1 to 65535, got "abc"/,
    ],
    [
      { SMTP_HOST: 'smtp.example.vn', SMTP_PORT: '70000', EMAIL_FROM: FROM },
      /^SMTP_PORT must be a whole number/,
    ],
    [
      { SMTP_HOST: 'smtp://smtp.example.vn', SMTP_PORT: '587', EMAIL_FROM: FROM },
      /^SMTP_HOST must be a host name/,
    ],
    [
      { SMTP_HOST: 'smtp.example.vn:587', SMTP_PORT: '587', EMAIL_FROM: FROM },
      /^SMTP_HOST must be a host name/,
    ],
    [
      { SMTP_HOST: 'cafe.de:25', SMTP_PORT: '25', EMAIL_FROM: FROM },
      /^SMTP_HOST must be a host name/,
    ],
    [
      { SMTP_HOST: 'smtp.example.vn', SMTP_PORT: '587' },
      /^EMAIL_FROM must be set when SMTP_HOST is set/,
    ],
    [
      { SMTP_HOST: 'smtp.example.vn', SMTP_PORT: '587', EMAIL_FROM: 'Công an tỉnh' },
      /^EMAIL_FROM must be an address/,
    ],
    [{ EMAIL_FROM: 'Công an tỉnh <no-reply@>' }, /^EMAIL_FROM must be an address/],
    [{ EMAIL_FROM: 'a@b.vn, c@d.vn' }, /^EMAIL_FROM must be an address/],
    [
      { SMTP_HOST: 'smtp.example.vn', SMTP_PORT: '587', SMTP_SECURE: 'yes', EMAIL_FROM: FROM },
      /^SMTP_SECURE must be true or false/,
    ],
    [
      { SMTP_HOST: 'smtp.example.vn', SMTP_PORT: '587', SMTP_USER: 'u', EMAIL_FROM: FROM },
      /^SMTP_PASSWORD must be set when SMTP_USER is set/,
    ],
    [
      { SMTP_HOST: 'smtp.example.vn', SMTP_PORT: '587', SMTP_PASSWORD: 'p', EMAIL_FROM: FROM },
      /^SMTP_USER must be set when SMTP_PASSWORD is set/,
    ],
    [{ SMTP_PORT: '587' }, /^SMTP_PORT is set but SMTP_HOST is not/],
    [
      { SMTP_USER: 'u', SMTP_PASSWORD: 'p' },
      /^SMTP_USER, SMTP_PASSWORD are set but SMTP_HOST is not/,
    ],
  ])('%o is refused at start, naming the variable', (env, message) => {
    let error: unknown
    try {
      readEmailEnv(env)
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(ConfigError)
    expect((error as Error).message).toMatch(message)
  })

  test('the CMS settings module carries the email settings, so a bad one stops the CMS at start', async () => {
    // Reading the settings resolves the login secret too: keep it away from the real data folder.
    process.env.DATA_DIR = mkdtempSync(path.join(tmpdir(), 'bantin-email-'))
    process.env.PAYLOAD_SECRET = 'a'.repeat(40)
    process.env.SMTP_HOST = 'smtp.example.vn'
    process.env.EMAIL_FROM = FROM
    await expect(import('../../cms/settings')).rejects.toThrow(
      /^SMTP_PORT must be set when SMTP_HOST is set/,
    )
    vi.resetModules()
    process.env.SMTP_PORT = '587'
    const { settings } = await import('../../cms/settings')
    expect(settings.email.smtp).toMatchObject({ host: 'smtp.example.vn', port: 587 })
  })
})
