import { isIPv6 } from 'node:net'

import { z } from 'zod'

import { ConfigError, parsePort, type Env } from './env'

/** Outgoing mail (password resets, later notifications): docs/security.md, "Email". */
export interface EmailSettings {
  /** The mail server; null sends nothing (printed to the log in development, a warning in production). */
  smtp: SmtpSettings | null
  /** Sender of every message; the name may carry Vietnamese accents. */
  from: { name: string; address: string }
}

export interface SmtpSettings {
  host: string
  port: number
  /** TLS from the first byte (port 465); false means plain, upgraded by STARTTLS when offered. */
  secure: boolean
  /** Refuse to log in unless STARTTLS succeeded, so a password never crosses the network in clear. */
  requireTLS: boolean
  auth: { user: string; pass: string } | null
}

const SMTP_VARIABLES = ['SMTP_PORT', 'SMTP_USER', 'SMTP_PASSWORD', 'SMTP_SECURE'] as const
const FROM_EXAMPLE = '"Công an tỉnh <no-reply@congan.example.vn>"'
const PLACEHOLDER_FROM = { name: 'bantin', address: 'no-reply@localhost' }
// A relay on the same machine (e.g. Postfix forwarding to the provider) is reached without TLS.
const LOOPBACK = new Set(['localhost', '127.0.0.1', '::1'])

// An empty line in .env means "not set".
const optional = z
  .string()
  .optional()
  .transform((value) => value || undefined)

const emailEnv = z.object({
  SMTP_HOST: optional.refine(
    (host) => host === undefined || /^[a-z0-9.-]+$/i.test(host) || isIPv6(host),
    {
      message:
        'SMTP_HOST must be a host name such as smtp.example.vn (no scheme, no port: the port goes in SMTP_PORT)',
    },
  ),
  SMTP_PORT: optional,
  SMTP_SECURE: z
    .enum(['true', 'false', ''], {
      message: 'SMTP_SECURE must be true or false (unset: true for port 465)',
    })
    .optional(),
  SMTP_USER: optional,
  SMTP_PASSWORD: z.string().optional(),
  EMAIL_FROM: optional,
})

const address = z.email()

/** "Name <address>", "\"Name\" <address>" or a bare address, or a ConfigError naming EMAIL_FROM. */
function parseFrom(raw: string): EmailSettings['from'] {
  const named = /^\s*(?:"([^"<>]*)"|([^"<>,]*?))\s*<([^<>\s]+)>\s*$/.exec(raw)
  const bare = named ? null : raw.trim()
  const candidate = named ? named[3]! : bare!
  if (!address.safeParse(candidate).success) {
    throw new ConfigError(
      `EMAIL_FROM must be an address such as ${FROM_EXAMPLE} or no-reply@…, got "${raw}"`,
    )
  }
  const name = named ? (named[1] ?? named[2] ?? '').trim() : ''
  return { name: name || PLACEHOLDER_FROM.name, address: candidate }
}

export function readEmailEnv(env: Env): EmailSettings {
  const parsed = emailEnv.safeParse(env)
  if (!parsed.success)
    throw new ConfigError(parsed.error.issues.map((issue) => issue.message).join('; '))
  const { SMTP_HOST: host, SMTP_PORT, SMTP_SECURE, SMTP_USER: user, EMAIL_FROM } = parsed.data
  const pass = parsed.data.SMTP_PASSWORD || undefined
  const from = EMAIL_FROM ? parseFrom(EMAIL_FROM) : PLACEHOLDER_FROM
  if (!host) {
    // Half a mail setting is a mistake that would otherwise only show when a reset mail never comes.
    const stray = SMTP_VARIABLES.filter((name) => env[name])
    if (stray.length) {
      throw new ConfigError(
        `${stray.join(', ')} ${stray.length > 1 ? 'are' : 'is'} set but SMTP_HOST is not: set SMTP_HOST (the mail server) or remove ${stray.length > 1 ? 'them' : 'it'}`,
      )
    }
    return { smtp: null, from }
  }
  if (!SMTP_PORT) {
    throw new ConfigError(
      'SMTP_PORT must be set when SMTP_HOST is set (587 for STARTTLS, 465 for TLS, 25 for a local relay)',
    )
  }
  const port = parsePort(SMTP_PORT, 'SMTP_PORT', 0)
  if (!EMAIL_FROM)
    throw new ConfigError(`EMAIL_FROM must be set when SMTP_HOST is set, e.g. ${FROM_EXAMPLE}`)
  if (user && !pass) throw new ConfigError('SMTP_PASSWORD must be set when SMTP_USER is set')
  if (pass && !user) throw new ConfigError('SMTP_USER must be set when SMTP_PASSWORD is set')
  const secure = SMTP_SECURE ? SMTP_SECURE === 'true' : port === 465
  const auth = user && pass ? { user, pass } : null
  return {
    smtp: { host, port, secure, requireTLS: Boolean(auth) && !secure && !LOOPBACK.has(host), auth },
    from,
  }
}
