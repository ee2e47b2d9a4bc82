import type { IncomingHttpHeaders } from 'node:http'
import { describe, expect, test } from 'vitest'

import { clientAddress, stampConnectionAddress } from '../../cms/auth/client-address'
import { readSignInEnv } from '../../cms/env-sign-in'

/** What a route handler sees after the connection was stamped. */
function seen(sent: IncomingHttpHeaders, remote: string, trustProxy: boolean): string {
  const headers = { ...sent }
  stampConnectionAddress(headers, remote, trustProxy)
  return clientAddress(new Headers(headers as Record<string, string>), trustProxy)
}

describe('sign-in client address', () => {
  test('without a trusted proxy only the connection counts, whatever the client writes', () => {
    expect(seen({}, '198.51.100.7', false)).toBe('198.51.100.7')
    expect(seen({ 'x-forwarded-for': '203.0.113.9' }, '198.51.100.7', false)).toBe('198.51.100.7')
    expect(seen({ 'x-forwarded-for': '1.1.1.1, 203.0.113.9' }, '198.51.100.7', false)).toBe(
      '198.51.100.7',
    )
  })

  test('with TRUST_PROXY the address the proxy appended counts, never what the client put before it', () => {
    expect(seen({ 'x-forwarded-for': '203.0.113.9' }, '127.0.0.1', true)).toBe('203.0.113.9')
    expect(seen({ 'x-forwarded-for': '10.9.9.9, 203.0.113.9' }, '127.0.0.1', true)).toBe(
      '203.0.113.9',
    )
    // A proxy that sends no header: every client is the proxy (docs/security.md says to set it up).
    expect(seen({}, '127.0.0.1', true)).toBe('127.0.0.1')
  })

  test('IPv4-mapped addresses are plain IPv4, and IPv6 clients count per /64', () => {
    expect(seen({}, '::ffff:198.51.100.7', false)).toBe('198.51.100.7')
    expect(seen({}, '2001:db8:aa:bb:1:2:3:4', false)).toBe('2001:db8:aa:bb::/64')
    expect(seen({}, '2001:db8:aa:bb::9', false)).toBe('2001:db8:aa:bb::/64')
    expect(seen({}, '2001:db8::1', false)).toBe('2001:db8:0:0::/64')
  })
})

describe('sign-in settings', () => {
  test('TRUST_PROXY is off unless set to true, and anything else is refused', () => {
    expect(readSignInEnv({}).trustProxy).toBe(false)
    expect(readSignInEnv({ TRUST_PROXY: '' }).trustProxy).toBe(false)
    expect(readSignInEnv({ TRUST_PROXY: 'false' }).trustProxy).toBe(false)
    expect(readSignInEnv({ TRUST_PROXY: 'true' }).trustProxy).toBe(true)
    expect(() => readSignInEnv({ TRUST_PROXY: 'yes' })).toThrow(/TRUST_PROXY must be true or false/)
  })
})
