/**
 * npx tsx scripts/bench/admin-list.ts --data-dir DIR [--port 6001] [--reloads 5] [--search "hình sự"] [--search "19999"]
 * Opens the admin's article list in Chromium as an editor, the way a person does, and times it:
 * from the start of the navigation until the first row of the table is visible, on the first load
 * after the CMS started ("cold") and as the median of --reloads further loads ("warm"); then the
 * same for page 50, a search of the list and the list sorted by publication date. Prints every
 * request the page made, slowest first, with the document's own server time (TTFB).
 * It builds the admin if its build is stale (as `npm start` does), runs `next start` on DIR
 * (SQLite file or DATABASE_URL) and adds two accounts to it (bench-admin@, bench-editor@): give it
 * a copy of a data folder, not one you care about. Migrations are applied to DIR first.
 * Figures: docs/database.md, "Admin article list at 20,000 articles".
 */
import { spawn } from 'node:child_process'
import { loadavg } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { type Browser, chromium, type Page } from 'playwright-core'

import { rootDir } from '../../cms/env'
import { buildAdminOnce } from '../lib/admin-build'
import {
  runToEnd,
  signalChild,
  startChild,
  stopChildrenOnExit,
  waitForHttp,
} from '../lib/processes'
import { chromiumPath, inheritedEnv } from '../lib/settings'

const { values } = parseArgs({
  options: {
    'data-dir': { type: 'string' },
    port: { type: 'string', default: '6001' },
    reloads: { type: 'string', default: '5' },
    search: { type: 'string', multiple: true, default: ['hình sự', '19999'] },
    json: { type: 'boolean', default: false },
  },
})
const usage =
  'usage: npx tsx scripts/bench/admin-list.ts --data-dir DIR [--port 6001] [--reloads 5] [--search WORD]…'
if (!values['data-dir']) {
  process.stderr.write(`${usage}\n`)
  process.exit(2)
}
const whole = (name: 'port' | 'reloads', min: number) => {
  const n = Number(values[name])
  if (!Number.isInteger(n) || n < min) {
    process.stderr.write(
      `--${name} must be a whole number of at least ${min}, got "${values[name]}"\n${usage}\n`,
    )
    process.exit(2)
  }
  return n
}
const port = whole('port', 1)
const reloads = whole('reloads', 1)
const dataDir = path.resolve(values['data-dir'])
const origin = `http://127.0.0.1:${port}`
const list = `${origin}/admin/collections/articles`
const PASSWORD = 'do-do-danh-sach-bai-2026'
const EDITOR = 'bench-editor@congan.test'

const log = (line: string) => process.stderr.write(`[admin-list] ${line}\n`)
const nextBin = path.join(rootDir, 'node_modules/.bin/next')
const tsx = path.join(rootDir, 'node_modules/.bin/tsx')
const cmsDir = path.join(rootDir, 'cms')
// The CMS reads nothing but the environment; SERVER_URL makes its own links point where we ask.
const env: NodeJS.ProcessEnv = {
  ...inheritedEnv(),
  DATA_DIR: dataDir,
  PORT: String(port),
  HOST: '127.0.0.1',
  SERVER_URL: origin,
}
delete env.JOBS_AUTORUN

/** `npm run user:create`; an account left by an earlier run is fine. */
function createAccount(email: string, role: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const args = ['scripts/user-create.ts', '--email', email, '--role', role]
    const child = spawn(tsx, args, {
      cwd: rootDir,
      env: { ...env, USER_PASSWORD: PASSWORD },
      stdio: ['ignore', 'ignore', 'pipe'],
    })
    let output = ''
    child.stderr.on('data', (chunk) => (output += chunk))
    child.once('exit', (code) =>
      code === 0 || output.includes('already exists')
        ? resolve()
        : reject(new Error(`user:create ${email}: ${output}`)),
    )
  })
}

interface Load {
  /**
   * performance.now() when the first row of the table (or "no results") was on screen: ms since
   * the navigation started.
   */
  rowVisible: number
  /** The document's first byte: the server's time to render the list (plus the network, ~0 here). */
  ttfb: number
  /** When the last request the page made in its first seconds had finished. */
  settled: number
  /** Rows the table shows (0: "no results"). */
  rows: number
  requests: Array<{ name: string; type: string; start: number; duration: number }>
}

/** Navigates to `url` and measures, in the page's own clock, until a row of the list shows. */
async function load(page: Page, url: string): Promise<Load> {
  await page.goto(url, { waitUntil: 'commit' })
  const rowVisible = await page
    .waitForFunction(
      () => {
        // A search that finds nothing shows Payload's "no results" box instead of the table.
        const shown = document.querySelector('.table tbody tr, .no-results')
        return shown && shown.getBoundingClientRect().height > 0 ? performance.now() : false
      },
      undefined,
      { polling: 'raf', timeout: 120_000 },
    )
    .then((handle) => handle.jsonValue() as Promise<number>)
  // The list's cells (a category's name) and Payload's own requests come after the first paint.
  await page.waitForLoadState('networkidle', { timeout: 60_000 }).catch(() => undefined)
  return page
    .evaluate(() => {
      const [nav] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[]
      const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[]
      const requests = [nav, ...resources].map((entry) => ({
        name: entry.name.replace(location.origin, ''),
        type: entry.initiatorType,
        start: Math.round(entry.startTime),
        duration: Math.round(entry.responseEnd - entry.startTime),
      }))
      return {
        rows: document.querySelectorAll('.table tbody tr').length,
        ttfb: Math.round(nav.responseStart),
        settled: Math.max(...requests.map((r) => r.start + r.duration)),
        requests,
      }
    })
    .then((rest) => ({ rowVisible: Math.round(rowVisible), ...rest }))
}

const median = (numbers: number[]) => {
  const sorted = [...numbers].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : Math.round((sorted[mid - 1] + sorted[mid]) / 2)
}

interface CaseResult {
  name: string
  url: string
  first: Load
  warm: Load[]
}

async function measure(page: Page, name: string, url: string): Promise<CaseResult> {
  const first = await load(page, url)
  const warm: Load[] = []
  for (let i = 0; i < reloads; i++) warm.push(await load(page, url))
  const figures = (l: Load) => l.rowVisible
  log(
    `${name}: first ${first.rowVisible} ms, warm median ${median(warm.map(figures))} ms (${warm.map(figures).join(', ')})`,
  )
  return { name, url, first, warm }
}

function report(results: CaseResult[], loads: { before: number[]; after: number[] }) {
  const rows = results.map(({ name, first, warm }) => {
    const m = (pick: (l: Load) => number) => median(warm.map(pick))
    return `| ${name} (${first.rows} rows) | ${first.rowVisible} | ${m((l) => l.rowVisible)} | ${m((l) => l.ttfb)} | ${m((l) => l.settled)} |`
  })
  const out = [
    `load average before ${loads.before.map((n) => n.toFixed(1)).join(' ')}, after ${loads.after.map((n) => n.toFixed(1)).join(' ')}`,
    '',
    `| case | first load: row visible (ms) | warm, median of ${reloads}: row visible | document TTFB | all requests done |`,
    '|---|---|---|---|---|',
    ...rows,
    '',
  ]
  for (const { name, warm } of results) {
    // The slowest warm load shows where the time goes when it goes wrong.
    const slowest = [...warm].sort((a, b) => b.rowVisible - a.rowVisible)[0]
    out.push(`${name}: requests of the slowest warm load (${slowest.rowVisible} ms), slowest first`)
    for (const r of [...slowest.requests].sort((a, b) => b.duration - a.duration).slice(0, 8)) {
      out.push(
        `  ${String(r.duration).padStart(5)} ms  from ${String(r.start).padStart(5)}  ${r.type.padEnd(10)} ${r.name.slice(0, 140)}`,
      )
    }
    out.push(`  (${slowest.requests.length} requests in all)`)
  }
  process.stdout.write(`${out.join('\n')}\n`)
}

async function main() {
  stopChildrenOnExit()
  // Next evaluates the config while building, which needs the folder's secret (env.ts).
  await buildAdminOnce(
    rootDir,
    () => runToEnd(nextBin, ['build'], { cwd: cmsDir, env, detached: false }),
    log,
  )
  // The first account of a database becomes admin whatever is asked, so the editor comes second.
  await createAccount('bench-admin@congan.test', 'admin')
  await createAccount(EDITOR, 'editor')
  const cms = startChild(nextBin, ['start', '--port', String(port), '--hostname', '127.0.0.1'], {
    cwd: cmsDir,
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  let browser: Browser | undefined
  try {
    // The first request starts Payload inside Next: "cold" below is the list's first render after that.
    await waitForHttp(`${origin}/api/users/me`, { timeoutMs: 180_000 })
    browser = await chromium.launch({
      executablePath: chromiumPath(),
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    })
    const page = await (
      await browser.newContext({ viewport: { width: 1400, height: 1000 } })
    ).newPage()
    await page.goto(`${origin}/admin/login`)
    await page.getByLabel('Email').fill(EDITOR)
    await page.getByLabel('Mật khẩu').fill(PASSWORD)
    await page.getByRole('button', { name: 'Đăng nhập' }).click()
    await page.waitForURL((url) => !url.pathname.endsWith('/login'), { timeout: 60_000 })
    // A sort left in the editor's list preferences by an earlier run would apply to the plain URL.
    await page.evaluate(
      (url) => fetch(url, { method: 'DELETE', credentials: 'include' }),
      `${origin}/api/payload-preferences/collection-articles`,
    )

    const before = loadavg()
    const results: CaseResult[] = [await measure(page, 'article list', list)]
    results.push(await measure(page, 'page 50', `${list}?page=50`))
    for (const word of values.search)
      results.push(
        await measure(page, `search "${word}"`, `${list}?search=${encodeURIComponent(word)}`),
      )
    // Last: the sort is kept in the editor's preferences and would apply to the loads after it.
    results.push(await measure(page, 'sorted by publication date', `${list}?sort=-publishedAt`))
    await page.evaluate(
      (url) => fetch(url, { method: 'DELETE', credentials: 'include' }),
      `${origin}/api/payload-preferences/collection-articles`,
    )
    if (values.json) process.stdout.write(`${JSON.stringify(results)}\n`)
    else report(results, { before, after: loadavg() })
  } finally {
    await browser?.close()
    signalChild(cms, 'SIGTERM')
  }
}

main().then(
  () => process.exit(0),
  (error: Error) => {
    log(error.stack ?? error.message)
    process.exit(1)
  },
)
