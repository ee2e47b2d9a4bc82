/**
 * DATA_DIR=DIR npx tsx scripts/bench/api-profile.ts [--path '/api/articles?limit=20&depth=1'] [--requests 200] [--out FILE]
 * Where the CPU time of one REST request goes, without HTTP or another process in the way: calls
 * the CMS's REST handler in-process for pages 1, 2, … of `--path` against the data folder in
 * DATA_DIR (e.g. one made by `npm run bench:api -- --data-dir DIR`), and prints the CPU time per
 * request of the whole handler and of its parts measured separately: the Local API `find` with
 * the same arguments and `JSON.stringify` of its result. With `--out` it also writes a V8 CPU
 * profile of the handler's requests (open it in Chrome DevTools, or sum it by package).
 */
import { writeFileSync } from 'node:fs'
import { Session } from 'node:inspector/promises'
import { parseArgs } from 'node:util'

import { openCms } from '../lib/open-cms'

const { values } = parseArgs({
  options: {
    path: { type: 'string', default: '/api/articles?limit=20&depth=1' },
    requests: { type: 'string', default: '200' },
    out: { type: 'string' },
  },
})
const requests = Number(values.requests)
if (!Number.isInteger(requests) || requests < 1) {
  process.stderr.write(
    `--requests must be a whole number of at least 1, got "${values.requests}"\n`,
  )
  process.exit(2)
}

const payload = await openCms()
const { REST_GET } = await import('@payloadcms/next/routes')
const { default: config } = await import('../../cms/payload.config')
const get = REST_GET(config)
const base = new URL(values.path!, 'http://127.0.0.1')
const slug = base.pathname.slice('/api/'.length).split('/').filter(Boolean)
const total = (await payload.count({ collection: slug[0] as 'articles', overrideAccess: false }))
  .totalDocs
const limit = Number(base.searchParams.get('limit') ?? 10)
const pages = Math.max(1, Math.ceil(total / limit))
const urlOf = (i: number) => {
  const url = new URL(base)
  url.searchParams.set('page', String(1 + (i % pages)))
  return url
}

const cpuMs = () => {
  const { user, system } = process.cpuUsage()
  return (user + system) / 1000
}
async function handler(i: number) {
  const url = urlOf(i)
  const response = await get(new Request(url), { params: Promise.resolve({ slug }) })
  return (await response.arrayBuffer()).byteLength
}
async function localFind(i: number) {
  const url = urlOf(i)
  return payload.find({
    collection: slug[0] as 'articles',
    limit,
    page: Number(url.searchParams.get('page')),
    depth: Number(url.searchParams.get('depth') ?? 2),
    overrideAccess: false,
  })
}
async function measure(label: string, run: (i: number) => Promise<unknown>) {
  for (let i = 0; i < 20; i++) await run(i)
  const before = cpuMs()
  const started = performance.now()
  for (let i = 0; i < requests; i++) await run(i)
  const cpu = (cpuMs() - before) / requests
  const wall = (performance.now() - started) / requests
  process.stdout.write(
    `${label}: CPU ${cpu.toFixed(2)} ms/request, wall ${wall.toFixed(2)} ms/request\n`,
  )
}

process.stdout.write(`${values.path}, ${total} documents the public can read, ${pages} pages\n`)
const sample = await localFind(0)
process.stdout.write(`response of page 1: ${(await handler(0)).toLocaleString('en')} bytes\n`)
await measure('REST handler (routing, auth, find, JSON, Response)', handler)
await measure('Local API find, same arguments, anonymous', localFind)
await measure('JSON.stringify of one page', async () => JSON.stringify(sample))
if (values.out) {
  const session = new Session()
  session.connect()
  await session.post('Profiler.enable')
  await session.post('Profiler.setSamplingInterval', { interval: 200 })
  await session.post('Profiler.start')
  for (let i = 0; i < requests; i++) await handler(i)
  const { profile } = await session.post('Profiler.stop')
  writeFileSync(values.out, JSON.stringify(profile))
  process.stdout.write(`CPU profile of ${requests} handler requests: ${values.out}\n`)
}
await payload.destroy()
process.exit(0)
