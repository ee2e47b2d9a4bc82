/**
 * The CMS's REST API (Payload's own route handlers) on 127.0.0.1 without Next.js, for
 * `npm run bench:api`: prints "listening <origin>" once the database is migrated. Next's routing
 * adds the same small cost to every request, so it is left out of the figures.
 */
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { Readable } from 'node:stream'

import { openCms } from '../lib/open-cms'

await openCms()
const { REST_GET } = await import('@payloadcms/next/routes')
const { default: config } = await import('../../cms/payload.config')
const get = REST_GET(config)

const server = createServer(async (incoming, outgoing) => {
  try {
    const url = new URL(incoming.url ?? '/', 'http://127.0.0.1')
    if (incoming.method !== 'GET' || !url.pathname.startsWith('/api/')) {
      outgoing.writeHead(404).end()
      return
    }
    const slug = url.pathname.slice('/api/'.length).split('/').filter(Boolean)
    const response = await get(new Request(url), { params: Promise.resolve({ slug }) })
    outgoing.writeHead(response.status, Object.fromEntries(response.headers))
    if (response.body) Readable.fromWeb(response.body as never).pipe(outgoing)
    else outgoing.end()
  } catch (error) {
    outgoing.writeHead(500, { 'content-type': 'text/plain' }).end(String(error))
  }
})
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`listening http://127.0.0.1:${(server.address() as AddressInfo).port}\n`)
})
