/**
 * The CMS's REST API (Payload's own route handlers) on 127.0.0.1 without Next.js, for
 * `npm run bench:api`: prints "listening <origin>" once the database is migrated. Next's routing
 * adds the same small cost to every request, so it is left out of the figures. GET goes through
 * the same anonymous read cache as the Next.js route (cms/cache/cached-rest-get.ts). `/bench/cpu`
 * answers the process's CPU time so far; `--port` picks the port (default: any free one). With
 * `--staff` it first prints "staff <token>": a login
 * of a staff account made for benchmarks (created in the benchmark's data folder the first time),
 * for timing what the admin's article list asks for.
 */
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { Readable } from 'node:stream'
import { parseArgs } from 'node:util'

import type { Payload } from 'payload'

import { cachedRestGet } from '../../cms/cache/cached-rest-get'
import { openCms } from '../lib/open-cms'

const { values } = parseArgs({
  options: { staff: { type: 'boolean', default: false }, port: { type: 'string', default: '0' } },
})

const BENCH_STAFF = {
  email: 'bench-editor@bantin.invalid',
  password: 'bench-editor-password',
  name: 'Bench',
  role: 'editor',
} as const

async function staffToken(payload: Payload): Promise<string> {
  const { email, password } = BENCH_STAFF
  const existing = await payload.count({ collection: 'users', where: { email: { equals: email } } })
  if (existing.totalDocs === 0)
    await payload.create({ collection: 'users', data: { ...BENCH_STAFF } })
  const { token } = await payload.login({ collection: 'users', data: { email, password } })
  if (!token) throw new Error(`no token for ${email}`)
  return token
}

const payload = await openCms()
if (values.staff) process.stdout.write(`staff ${await staffToken(payload)}\n`)
const { REST_GET } = await import('@payloadcms/next/routes')
const { default: config } = await import('../../cms/payload.config')
const get = cachedRestGet(REST_GET(config))

const server = createServer(async (incoming, outgoing) => {
  try {
    const url = new URL(incoming.url ?? '/', 'http://127.0.0.1')
    // The server's own CPU time, so that figures can be told apart from a busy machine.
    if (url.pathname === '/bench/cpu') {
      const { user, system } = process.cpuUsage()
      outgoing
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ ms: (user + system) / 1000 }))
      return
    }
    if (incoming.method !== 'GET' || !url.pathname.startsWith('/api/')) {
      outgoing.writeHead(404).end()
      return
    }
    const slug = url.pathname.slice('/api/'.length).split('/').filter(Boolean)
    const headers = new Headers()
    for (const name of ['authorization', 'cache-control']) {
      const value = incoming.headers[name]
      if (typeof value === 'string') headers.set(name, value)
    }
    const response = await get(new Request(url, { headers }), { params: Promise.resolve({ slug }) })
    outgoing.writeHead(response.status, Object.fromEntries(response.headers))
    if (response.body) Readable.fromWeb(response.body as never).pipe(outgoing)
    else outgoing.end()
  } catch (error) {
    outgoing.writeHead(500, { 'content-type': 'text/plain' }).end(String(error))
  }
})
server.listen(Number(values.port), '127.0.0.1', () => {
  process.stdout.write(`listening http://127.0.0.1:${(server.address() as AddressInfo).port}\n`)
})
