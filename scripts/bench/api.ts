/**
 * npm run bench:api -- --articles N [--data-dir DIR] [--postgres] [--port P] [--requests 20] [--clients 8] [--seconds 10]
 * REST list requests at archive size: the median of sequential requests for the anonymous
 * `GET /api/articles?limit=10` and `?limit=20&depth=1`, and for what the admin's article list asks
 * for (as a staff account); then requests/s with concurrent clients. Anonymous figures come twice:
 * "fresh" requests send `Cache-Control: no-cache` (what the site build sends: Payload does all the
 * work), "cached" ones may be answered by the anonymous read cache (cms/cache/). Concurrent clients
 * either walk the pages (1, 2, … round the archive, so no figure comes from one hot page) or all
 * ask for the same URL. The server's CPU time per request is printed too: on a busy machine
 * requests/s mostly measures the other work.
 * Without --data-dir it generates N articles in a temporary data folder; with one it tops the
 * folder up to N articles and keeps it, so a second run (or a larger N) is quick. `--postgres`
 * measures a throwaway PostgreSQL cluster (scripts/ci/pg-throwaway.sh, in DIR/pg, on port
 * `--pg-port`, default 54330) instead of the folder's SQLite file; DATABASE_URL=postgres://… an
 * existing database.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { loadavg as osLoadavg, tmpdir } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { rootDir } from '../../cms/env'
import { inheritedEnv } from '../lib/settings'

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '1000' },
    'data-dir': { type: 'string' },
    requests: { type: 'string', default: '20' },
    clients: { type: 'string', default: '8' },
    seconds: { type: 'string', default: '10' },
    postgres: { type: 'boolean', default: false },
    'pg-port': { type: 'string', default: '54330' },
    port: { type: 'string', default: '0' },
  },
})
const whole = (name: keyof typeof values, min: number) => {
  const n = Number(values[name])
  if (!Number.isInteger(n) || n < min) {
    process.stderr.write(
      `--${name} must be a whole number of at least ${min}, got "${values[name]}"\n`,
    )
    process.exit(2)
  }
  return n
}
const articles = whole('articles', 0)
const requests = whole('requests', 1)
const clients = whole('clients', 1)
const seconds = whole('seconds', 1)
const PATHS = ['/api/articles?limit=10', '/api/articles?limit=20&depth=1']
const PAGE = PATHS[1]
// The admin's list view: drafts included, depth 0, the shown columns only (enableListViewSelectAPI),
// first opened in the default order, then sorted by last change.
const LIST_COLUMNS = ['title', 'category', '_status', 'publishedAt', 'updatedAt']
const ADMIN_LIST = `/api/articles?depth=0&limit=10&draft=true&${LIST_COLUMNS.map((c) => `select[${c}]=true`).join('&')}`
const ADMIN_PATHS = [ADMIN_LIST, `${ADMIN_LIST}&sort=-updatedAt`]

const tsx = path.join(rootDir, 'node_modules/.bin/tsx')
const keep = Boolean(values['data-dir'])
const dataDir = path.resolve(
  values['data-dir'] ?? mkdtempSync(path.join(tmpdir(), 'bantin-bench-api-')),
)
const env: NodeJS.ProcessEnv = { ...inheritedEnv(), DATA_DIR: dataDir }
const pgScript = path.join(rootDir, 'scripts/ci/pg-throwaway.sh')
const pgDir = path.join(dataDir, 'pg')
if (values.postgres) {
  const pgPort = String(whole('pg-port', 1))
  env.DATABASE_URL = execFileSync(pgScript, ['start', pgDir], {
    env: { ...inheritedEnv(), PG_PORT: pgPort },
    encoding: 'utf8',
  }).trim()
}
const FRESH = { 'cache-control': 'no-cache' }

interface Server {
  child: ChildProcess
  origin: string
  token: string
}

function startServer(): Promise<Server> {
  const child = spawn(
    tsx,
    ['scripts/bench/api-server.ts', '--staff', '--port', String(whole('port', 0))],
    { cwd: rootDir, env, stdio: ['ignore', 'pipe', 'inherit'] },
  )
  return new Promise((resolve, reject) => {
    let out = ''
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk
      const origin = out.match(/listening (\S+)/)?.[1]
      const token = out.match(/staff (\S+)/)?.[1]
      if (origin && token) resolve({ child, origin, token })
    })
    child.once('exit', (code) =>
      reject(new Error(`the API server exited (${code}) before listening`)),
    )
  })
}

async function timed(url: string, headers: Record<string, string> = {}): Promise<number> {
  const started = performance.now()
  const response = await fetch(url, { headers })
  await response.arrayBuffer()
  if (!response.ok) throw new Error(`${url} answered ${response.status}`)
  return performance.now() - started
}

const loadavg = () =>
  osLoadavg()
    .map((x) => x.toFixed(1))
    .join(' ')
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

async function serverCpuMs(origin: string): Promise<number> {
  return ((await (await fetch(`${origin}/bench/cpu`)).json()) as { ms: number }).ms
}

async function sequential(
  origin: string,
  p: string,
  headers: Record<string, string> = {},
): Promise<string> {
  await timed(origin + p, headers)
  const times: number[] = []
  const cpuBefore = await serverCpuMs(origin)
  for (let i = 0; i < requests; i++) times.push(await timed(origin + p, headers))
  const cpu = ((await serverCpuMs(origin)) - cpuBefore) / requests
  return (
    `GET ${p}: median ${median(times).toFixed(0)} ms, max ${Math.max(...times).toFixed(0)} ms, ` +
    `server CPU ${cpu.toFixed(1)} ms/request (${requests} requests)`
  )
}

async function publishedCount(origin: string): Promise<number> {
  const response = await fetch(`${origin}/api/articles?limit=1&depth=0`)
  return ((await response.json()) as { totalDocs: number }).totalDocs
}

let server = await startServer()
try {
  const have = await publishedCount(server.origin)
  if (have < articles) {
    // The generator opens the database itself; SQLite takes one writer at a time.
    server.child.kill()
    // --visibility-at-end: the same articles, without a per-create count that grows with the archive.
    execFileSync(
      tsx,
      [
        'scripts/bench/generate-articles.ts',
        '--count',
        String(articles - have),
        '--visibility-at-end',
      ],
      {
        cwd: rootDir,
        env,
        stdio: 'inherit',
      },
    )
    server = await startServer()
  }
  const total = await publishedCount(server.origin)
  const lines = [
    `REST, ${total} published articles, ${env.DATABASE_URL?.split(':')[0] || 'sqlite'}, load ${loadavg()}`,
  ]
  for (const p of PATHS) lines.push(`anonymous fresh ${await sequential(server.origin, p, FRESH)}`)
  for (const p of PATHS) lines.push(`anonymous cached ${await sequential(server.origin, p)}`)
  const staff = { authorization: `JWT ${server.token}` }
  for (const p of ADMIN_PATHS)
    lines.push(`staff (admin list) ${await sequential(server.origin, p, staff)}`)
  const pages = Math.max(1, Math.ceil(total / 20))
  const concurrent = async (
    label: string,
    urlOf: (n: number) => string,
    headers: Record<string, string>,
  ) => {
    const until = performance.now() + seconds * 1000
    let done = 0
    const client = async () => {
      while (performance.now() < until) await timed(urlOf(done++), headers)
    }
    const cpuBefore = await serverCpuMs(server.origin)
    const started = performance.now()
    await Promise.all(Array.from({ length: clients }, client))
    const elapsed = (performance.now() - started) / 1000
    const cpu = ((await serverCpuMs(server.origin)) - cpuBefore) / done
    lines.push(
      `${label} with ${clients} concurrent clients: ${(done / elapsed).toFixed(1)} requests/s ` +
        `(${done} in ${elapsed.toFixed(1)} s), server CPU ${cpu.toFixed(1)} ms/request, load ${loadavg()}`,
    )
  }
  const walk = (n: number) => `${server.origin}${PAGE}&page=${1 + (n % pages)}`
  await concurrent(`anonymous fresh GET ${PAGE}&page=1…${pages}`, walk, FRESH)
  await concurrent(`anonymous cached GET ${PAGE}&page=1…${pages}`, walk, {})
  await concurrent(`anonymous fresh GET ${PAGE} (one URL)`, () => server.origin + PAGE, FRESH)
  await concurrent(`anonymous cached GET ${PAGE} (one URL)`, () => server.origin + PAGE, {})
  process.stdout.write(`${lines.join('\n  ')}\n`)
} finally {
  server.child.kill()
  await new Promise((resolve) =>
    server.child.exitCode === null ? server.child.once('exit', resolve) : resolve(null),
  )
  if (values.postgres) execFileSync(pgScript, ['stop', pgDir], { stdio: 'inherit' })
  if (!keep) rmSync(dataDir, { recursive: true, force: true })
}
process.exit(0)
