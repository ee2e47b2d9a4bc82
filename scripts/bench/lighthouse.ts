/**
 * npm run bench:lighthouse -- [--dist DIR] [--runs 3] [--query "an ninh"] [--chromium /usr/bin/chromium]
 * Lighthouse 12 (mobile, its default: a mid-range phone on a slow 4G, simulated) against a built
 * site (default: the build's SITE_DIST_DIR, site/dist) served by the live-site server, on home,
 * an article, a section, search, an author and /en/. Each page runs `--runs` times (the machine is
 * noisy) and the table shows the median of each score, with the run whose performance score is the
 * median for its metrics.
 */
import { parseArgs } from 'node:util'

import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'

import { startStaticServer } from '../../publisher/src/server/static-server'
import { readSettings } from '../../site/src/settings'
import { median, pickPages } from './lighthouse-pages'

const { values } = parseArgs({
  options: {
    dist: { type: 'string' },
    runs: { type: 'string', default: '3' },
    query: { type: 'string', default: 'an ninh' },
    chromium: { type: 'string', default: '/usr/bin/chromium' },
  },
})
const runs = Number(values.runs)
const dist = values.dist ?? readSettings().distDir
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const

interface Run {
  scores: Record<(typeof CATEGORIES)[number], number>
  lcp: number
  tbt: number
  cls: number
  failing: string[]
}

async function measure(url: string, port: number): Promise<Run> {
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: [...CATEGORIES],
  })
  if (!result) throw new Error(`Lighthouse gave no result for ${url}`)
  const { categories, audits } = result.lhr
  const scores = Object.fromEntries(
    CATEGORIES.map((c) => [c, Math.round((categories[c]?.score ?? 0) * 100)]),
  ) as Run['scores']
  // Audits below full marks, except the ones only informative; a score of 100 leaves none.
  const failing = Object.values(categories)
    .flatMap((c) => c.auditRefs.filter((ref) => ref.weight > 0).map((ref) => audits[ref.id]!))
    .filter((audit) => audit.score !== null && audit.score < 0.9)
    .map((audit) => `${audit.id}${audit.displayValue ? ` (${audit.displayValue})` : ''}`)
  return {
    scores,
    lcp: audits['largest-contentful-paint']?.numericValue ?? 0,
    tbt: audits['total-blocking-time']?.numericValue ?? 0,
    cls: audits['cumulative-layout-shift']?.numericValue ?? 0,
    failing,
  }
}

const server = await startStaticServer({ root: dist, port: 0, host: '127.0.0.1', log: () => {} })
const chrome = await chromeLauncher.launch({
  chromePath: values.chromium,
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
  ],
})
try {
  const rows: string[] = []
  for (const [name, path] of await pickPages(dist, values.query)) {
    const results: Run[] = []
    for (let i = 0; i < runs; i++) results.push(await measure(server.url + path, chrome.port))
    const mid = [...results].sort((a, b) => a.scores.performance - b.scores.performance)[
      Math.floor(results.length / 2)
    ]!
    const cells = CATEGORIES.map((c) => String(median(results.map((r) => r.scores[c]))))
    rows.push(
      `| ${name} | ${cells.join(' | ')} | ${(mid.lcp / 1000).toFixed(2)} s | ${Math.round(mid.tbt)} ms | ${mid.cls.toFixed(3)} | ` +
        `${results.map((r) => r.scores.performance).join(', ')} |`,
    )
    process.stderr.write(
      `${name} ${path}: ${rows.at(-1)}${mid.failing.length ? `\n  below 90: ${mid.failing.join('; ')}` : ''}\n`,
    )
  }
  console.log(
    `Lighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version}, mobile, median of ${runs} runs, ${dist}\n`,
  )
  console.log(
    '| page | performance | accessibility | best practices | SEO | LCP | TBT | CLS | performance per run |',
  )
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |')
  for (const row of rows) console.log(row)
} finally {
  chrome.kill()
  await server.close()
}
