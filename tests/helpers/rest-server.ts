import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { Readable } from 'node:stream'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST } from '@payloadcms/next/routes'
import type { SanitizedConfig } from 'payload'

export interface RestServer {
  /** Origin to use as CMS_URL, e.g. http://127.0.0.1:41234 */
  url: string
  /** Paths of the requests served so far, with their query strings, in order. */
  requests: string[]
  close: () => Promise<void>
}

type Handler = (req: Request, ctx: { params: Promise<{ slug: string[] }> }) => Promise<Response>

function toRequest(incoming: IncomingMessage, origin: string): Request {
  const headers = new Headers()
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (typeof value === 'string') headers.set(name, value)
    else if (Array.isArray(value)) for (const v of value) headers.append(name, v)
  }
  const hasBody = incoming.method !== 'GET' && incoming.method !== 'HEAD'
  return new Request(new URL(incoming.url ?? '/', origin), {
    method: incoming.method,
    headers,
    body: hasBody ? (Readable.toWeb(incoming) as ReadableStream) : undefined,
    // Node's fetch needs this to stream a request body.
    ...(hasBody ? { duplex: 'half' } : {}),
  } as RequestInit)
}

/**
 * A real HTTP server in front of Payload's REST route handlers, so an Astro build (a separate
 * module graph, using fetch) can read a test CMS exactly as it reads the production one, without
 * starting Next.js. Only /api/* exists, as on the CMS.
 */
export async function startRestServer(
  config: Promise<SanitizedConfig> | SanitizedConfig,
): Promise<RestServer> {
  const handlers: Record<string, Handler> = {
    GET: REST_GET(config) as Handler,
    HEAD: REST_GET(config) as Handler,
    POST: REST_POST(config) as Handler,
    PATCH: REST_PATCH(config) as Handler,
    DELETE: REST_DELETE(config) as Handler,
    OPTIONS: REST_OPTIONS(config) as Handler,
  }
  const requests: string[] = []
  let origin = ''
  const server: Server = createServer(async (incoming, outgoing) => {
    try {
      requests.push(incoming.url ?? '')
      const pathname = new URL(incoming.url ?? '/', origin).pathname
      const handler = handlers[incoming.method ?? 'GET']
      if (!pathname.startsWith('/api/') || !handler) {
        outgoing.writeHead(404, { 'content-type': 'text/plain' }).end('Not found')
        return
      }
      const slug = pathname
        .replace(/^\/api\//, '')
        .split('/')
        .filter(Boolean)
        .map(decodeURIComponent)
      const response = await handler(toRequest(incoming, origin), {
        params: Promise.resolve({ slug }),
      })
      outgoing.writeHead(response.status, Object.fromEntries(response.headers))
      if (incoming.method === 'HEAD' || !response.body) outgoing.end()
      else Readable.fromWeb(response.body as never).pipe(outgoing)
    } catch (error) {
      outgoing.writeHead(500, { 'content-type': 'text/plain' }).end(String(error))
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    url: origin,
    requests,
    close: () => new Promise((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  }
}
