import { subscribe } from 'node:diagnostics_channel'
import type { IncomingHttpHeaders, IncomingMessage } from 'node:http'
import { isIPv6, type Socket } from 'node:net'

const FORWARDED_FOR = 'x-forwarded-for'

/**
 * Makes X-Forwarded-For end with the address of the TCP connection. Next.js gives route handlers
 * no socket: it copies the connection's address into X-Forwarded-For only when the request has
 * none, and passes on whatever a client wrote there itself. Without a trusted proxy the header is
 * replaced by the connection's address; with one, that address is appended after the proxy's.
 */
export function stampConnectionAddress(
  headers: IncomingHttpHeaders,
  remote: string | undefined,
  trustProxy: boolean,
) {
  const address = remote || 'unknown'
  const chain = headers[FORWARDED_FOR]
  headers[FORWARDED_FOR] = trustProxy && chain ? `${chain}, ${address}` : address
}

let watching = false

/**
 * Stamps every request this process's HTTP servers receive, before any handler (Next.js's
 * included) sees it: Node publishes `http.server.request.start` ahead of the "request" event.
 * cms/instrumentation.ts calls this when the Next.js server starts, with settings.signIn.trustProxy.
 * (Settings are passed in, not imported: tests import this before they set up the environment.)
 */
export function watchConnectionAddresses(trustProxy: boolean): void {
  if (watching) return
  watching = true
  subscribe('http.server.request.start', (message) => {
    const { request, socket } = message as { request: IncomingMessage; socket: Socket }
    stampConnectionAddress(request.headers, socket.remoteAddress, trustProxy)
  })
}

/** IPv6 clients are grouped by /64: one home or server line owns a whole /64. */
function addressKey(address: string): string {
  const plain = address.replace(/^\[|\]$/g, '').replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '')
  if (!isIPv6(plain)) return plain
  const [head, tail = ''] = plain.toLowerCase().split('::')
  const left = head ? head.split(':') : []
  const right = tail ? tail.split(':') : []
  const groups = [
    ...left,
    ...Array(Math.max(0, 8 - left.length - right.length)).fill('0'),
    ...right,
  ]
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`
}

/**
 * The client address a sign-in is counted against: the last X-Forwarded-For entry (the
 * connection's, see stampConnectionAddress), or with a trusted proxy the one before it, which
 * the proxy appended. Entries further left are whatever the client claimed and never used.
 */
export function clientAddress(headers: Headers, trustProxy: boolean): string {
  const chain = (headers.get(FORWARDED_FOR) ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  if (chain.length === 0) return 'unknown'
  return addressKey(chain[trustProxy && chain.length > 1 ? chain.length - 2 : chain.length - 1])
}
