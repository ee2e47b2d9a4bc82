/**
 * npm run bench:api -- --articles N [--data-dir DIR] [--requests 20] [--clients 8] [--seconds 10]
 * Anonymous REST list requests at archive size: the median of sequential requests for
 * `GET /api/articles?limit=10` and `?limit=20&depth=1`, then requests/s with concurrent clients.
 * Without --data-dir it generates N articles in a temporary data folder; with one it tops the
 * folder up to N articles and keeps it, so a second run (or a larger N) is quick. DATABASE_URL
 * (postgres://…) measures PostgreSQL instead of the folder's SQLite file.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { rootDir } from '../../cms/env'

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '1000' },
    'data-dir': { type: 'string' },
    requests: { type: 'string', default: '20' },
    clients: { type: 'string', default: '8' },
    seconds: { type: 'string', default: '10' },
  },
})
const whole = (name: keyof typeof values, min: number) => {
  const n = Number(values[name])
  if (!Number.isInteger(n) || n < min) {
    process.stderr.write(`--${name} must be a whole number of at least ${min}, got "${values[name]}"\n`)
    process.exit(2)
  }
  return n
}
const articles = whole('articles', 0)
const requests = whole('requests', 1)
const clients = whole('clients', 1)
const seconds = whole('seconds', 1)
const PATHS = ['/api/articles?limit=10', '/api/articles?limit=20&depth=1']

const tsx = path.join(rootDir, 'node_modules/.bin/tsx')
const keep = Boolean(values['data-dir'])
const dataDir = path.resolve(values['data-dir'] ?? mkdtempSync(path.join(tmpdir(), 'bantin-bench-api-')))
const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir }

function startServer(): Promise<{ child: ChildProcess; origin: string }> {
  const child = spawn(tsx, ['scripts/bench/api-server.ts'], { cwd: rootDir, env, stdio: ['ignore', 'pipe', 'inherit'] })
  return new Promise((resolve, reject) => {
    let out = ''
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk
      const origin = out.match(/listening (\S+)/)?.[1]
      if (origin) resolve({ child, origin })
    })
    child.once('exit', (code) => reject(new Error(`the API server exited (${code}) before listening`)))
  })
}

async function timed(url: string): Promise<number> {
  const started = performance.now()
  const response = await fetch(url)
  await response.arrayBuffer()
  if (!response.ok) throw new Error(`${url} answered ${response.status}`)
  return performance.now() - started
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

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
    execFileSync(tsx, ['scripts/bench/generate-articles.ts', '--count', String(articles - have)], {
      cwd: rootDir, env, stdio: 'inherit',
    })
    server = await startServer()
  }
  const total = await publishedCount(server.origin)
  const lines = [`anonymous REST, ${total} published articles, ${env.DATABASE_URL?.split(':')[0] || 'sqlite'}`]
  for (const p of PATHS) {
    await timed(server.origin + p)
    const times: number[] = []
    for (let i = 0; i < requests; i++) times.push(await timed(server.origin + p))
    lines.push(`GET ${p}: median ${median(times).toFixed(0)} ms, max ${Math.max(...times).toFixed(0)} ms (${requests} requests)`)
  }
  const target = server.origin + PATHS[1]
  const until = performance.now() + seconds * 1000
  let done = 0
  const client = async () => {
    while (performance.now() < until) {
      await timed(target)
      done++
    }
  }
  const started = performance.now()
  await Promise.all(Array.from({ length: clients }, client))
  const rate = done / ((performance.now() - started) / 1000)
  lines.push(`GET ${PATHS[1]} with ${clients} concurrent clients: ${rate.toFixed(1)} requests/s (${done} in ${seconds} s)`)
  process.stdout.write(`${lines.join('\n  ')}\n`)
} finally {
  server.child.kill()
  if (!keep) rmSync(dataDir, { recursive: true, force: true })
}
process.exit(0)
