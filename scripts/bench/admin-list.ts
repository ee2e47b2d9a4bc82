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
import { loadavg } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import type { Page } from 'playwright-core'

import { clearListPreferences, median, runWithEditor } from './admin-session'

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
const PASSWORD = 'do-do-danh-sach-bai-2026'

const log = (line: string) => process.stderr.write(`[admin-list] ${line}\n`)

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

// "cold" below is the list's first render after Payload started inside Next. A sort left in the
// editor's list preferences by an earlier run would apply to the plain URL: the session clears it.
runWithEditor({ dataDir, port, password: PASSWORD, log }, async (page, origin) => {
  const list = `${origin}/admin/collections/articles`
  const before = loadavg()
  const results: CaseResult[] = [await measure(page, 'article list', list)]
  results.push(await measure(page, 'page 50', `${list}?page=50`))
  for (const word of values.search)
    results.push(
      await measure(page, `search "${word}"`, `${list}?search=${encodeURIComponent(word)}`),
    )
  // Last: the sort is kept in the editor's preferences and would apply to the loads after it.
  results.push(await measure(page, 'sorted by publication date', `${list}?sort=-publishedAt`))
  await clearListPreferences(page, origin)
  if (values.json) process.stdout.write(`${JSON.stringify(results)}\n`)
  else report(results, { before, after: loadavg() })
})
