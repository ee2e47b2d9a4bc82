import { settings } from '../settings'

/**
 * Where the admin works: the public address, and both loopback names of the port the CMS listens
 * on (npm start binds 127.0.0.1; browsers often say localhost). Cookie logins are accepted from
 * these origins only (csrf in payload.config.ts).
 */
export const ADMIN_ORIGINS = [
  ...new Set([
    settings.serverUrl,
    `http://localhost:${settings.port}`,
    `http://127.0.0.1:${settings.port}`,
  ]),
]

/** The origin of the admin address this request came to, when it is one of ADMIN_ORIGINS. */
export function adminOriginOf(headers: Headers, url: string | undefined): string | undefined {
  const host = headers.get('host') ?? (url ? URL.parse(url)?.host : undefined)
  if (!host) return undefined
  return ADMIN_ORIGINS.find((origin) => new URL(origin).host === host)
}
