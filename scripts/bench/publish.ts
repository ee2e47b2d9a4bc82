/**
 * npm run bench:publish -- [--articles N | --from-data DIR] [--runs 20] [--unpublish] [--log FILE] [--database-url URL]
 * Publish-to-live: from the publish request returning to the new article page being served by
 * the static server, through the real npm start stack (CMS, jobs runner, worker, site server).
 * With --unpublish, each article published is then unpublished in turn, timed from the request
 * returning to its page answering 404 (a takedown, which does not wait for a build).
 * --from-data starts from a copy of a data folder made before (DATA_DIR=DIR npm run
 * bench:generate -- --count 10000), sparing the generation on every run. --log FILE keeps the
 * stack's output (the builder's phases with their times).
 * --database-url runs the stack on that database (postgres://…) instead of the data folder's
 * SQLite file; the run writes to it, so give it a copy (CREATE DATABASE … TEMPLATE …).
 */
import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { slugify } from '../../content-types/slugify'
import { rootDir } from '../../cms/env'
import { inheritedEnv } from '../lib/settings'
import { startStack } from '../lib/start-stack'
import { median, seconds, summarize, type Sample } from './summarize'

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '0' },
    runs: { type: 'string', default: '20' },
    unpublish: { type: 'boolean', default: false },
    'from-data': { type: 'string' },
    /** Writes the stack's whole output (CMS, worker, builder) here: where each publish's time went. */
    log: { type: 'string' },
    'database-url': { type: 'string' },
  },
})
const articles = Number(values.articles)
const runs = Number(values.runs)
const log = (line: string) => process.stderr.write(`bench:publish: ${line}\n`)
const tsx = path.join(rootDir, 'node_modules/.bin/tsx')
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

const databaseUrl = values['database-url']
const stack = await startStack({ copyData: values['from-data'], databaseUrl })
const env = {
  ...inheritedEnv(),
  DATA_DIR: stack.dataDir,
  ...(databaseUrl && { DATABASE_URL: databaseUrl }),
}
try {
  const json = (url: string, init?: RequestInit) => fetch(url, init).then((r) => r.json())
  const worker = () => json(`${stack.workerUrl}/status`)
  if (articles > 0) {
    log(`generating ${articles} articles…`)
    execFileSync(tsx, ['scripts/bench/generate-articles.ts', '--count', String(articles)], {
      cwd: rootDir,
      env,
      stdio: 'inherit',
    })
    // Let the rebuild that the generator requested finish before measuring.
    do await sleep(1000)
    while ((await worker()).state !== 'idle' || (await worker()).last?.reason !== 'bench:generate')
    log(`site rebuilt with ${(await worker()).last.pages} pages`)
  } else if (values['from-data']) {
    // The first build of the copied archive, which `npm start` asks for.
    do await sleep(1000)
    while ((await worker()).state !== 'idle' || !(await worker()).current)
    const { last } = await worker()
    log(
      `site built from ${values['from-data']} with ${last.pages} pages ` +
        `(the last build before timing took ${(last.durationMs / 1000).toFixed(1)} s; it may be a refresh after the first)`,
    )
  }
  await stack.createUser({
    email: 'bench@congan.test',
    role: 'admin',
    password: 'bench-password-123',
  })
  const login = await json(`${stack.cmsUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: 'bench@congan.test', password: 'bench-password-123' }),
  })
  const headers = { 'Content-Type': 'application/json', Authorization: `JWT ${login.token}` }
  const [author] = (await json(`${stack.cmsUrl}/api/authors?limit=1`)).docs
  const [category] = (await json(`${stack.cmsUrl}/api/categories?limit=1`)).docs
  const samples: Sample[] = []
  const published: Array<{ id: number; url: string }> = []
  for (let i = 1; i <= runs; i++) {
    const title = `Bài đo thời gian đăng số ${i} – ${Date.now()}`
    const res = await fetch(`${stack.cmsUrl}/api/articles`, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        title,
        lead: 'Sapo bài đo.',
        authors: [author.id],
        category: category.id,
        _status: 'published',
      }),
    })
    const returned = Date.now()
    if (res.status !== 201) throw new Error(`publish answered ${res.status}: ${await res.text()}`)
    const url = `${stack.siteUrl}/tin-tuc/${slugify(title)}/`
    published.push({ id: (await res.json()).doc.id, url })
    while ((await fetch(url)).status !== 200) {
      if (Date.now() - returned > 120_000) throw new Error(`${url} not live after 120 s`)
      await sleep(50)
    }
    const live = Date.now()
    // The worker records a build just after switching to it: wait for the record of the live release.
    let status = await worker()
    while (status.last?.id !== status.current && Date.now() - live < 5000)
      status = (await sleep(50), await worker())
    const { last } = status
    samples.push({
      totalMs: live - returned,
      queueMs: Date.parse(last.startedAt) - returned,
      buildMs: last.durationMs,
      pages: last.pages,
    })
    log(
      `run ${i}: ${live - returned} ms (queue + delivery ${Date.parse(last.startedAt) - returned} ms, build + checks + switch ${last.durationMs} ms)`,
    )
    await sleep(500)
  }
  // The worker's own account of each release: build time against checks and switch.
  for (const line of stack
    .output()
    .split('\n')
    .filter((l) => / is live( \(|: )/.test(l)))
    log(line.trim())
  process.stdout.write(summarize(samples, { articles, runs }))
  if (values.unpublish) {
    const gone: number[] = []
    for (const [i, { id, url }] of published.entries()) {
      const res = await fetch(`${stack.cmsUrl}/api/articles/${id}`, {
        method: 'PATCH',
        headers,
        body: JSON.stringify({ _status: 'draft' }),
      })
      const returned = Date.now()
      if (res.status !== 200)
        throw new Error(`unpublish answered ${res.status}: ${await res.text()}`)
      while ((await fetch(url)).status !== 404) {
        if (Date.now() - returned > 120_000)
          throw new Error(`${url} still served 120 s after unpublishing`)
        await sleep(50)
      }
      gone.push(Date.now() - returned)
      log(`unpublish ${i + 1}: gone in ${gone.at(-1)} ms`)
      await sleep(500)
    }
    for (const line of stack
      .output()
      .split('\n')
      .filter((l) => l.includes(' is live without ')))
      log(line.trim())
    process.stdout.write(
      `unpublish-to-gone, ${gone.length} takedowns\n` +
        `  median ${seconds(median(gone))}   worst ${seconds(Math.max(...gone))}   best ${seconds(Math.min(...gone))}\n`,
    )
  }
} finally {
  if (values.log) writeFileSync(values.log, stack.output())
  await stack.remove()
}
process.exit(0)
