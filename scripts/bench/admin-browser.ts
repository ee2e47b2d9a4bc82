/**
 * npm run bench:admin-browser -- --data-dir DIR [--port 7210] [--runs 5]
 * What an editor waits for in Chromium, on DIR's database (e.g. 10,000 generated articles):
 * - article list: from the start of the navigation until the first row of the table is visible;
 * - edit screen: from the start of the navigation until the title is in its box and the body
 *   editor is on screen;
 * - save draft: from the click on "Lưu bản nháp" (after changing the title) until the admin
 *   says it is saved.
 * Each is measured once right after the CMS started ("first") and then --runs times (median);
 * the edit screen and the save use a different article each run. Targets (issue 11): list ≤ 1 s,
 * edit ≤ 2 s, save ≤ 1 s.
 * Like admin-list.ts it builds the admin if stale, runs `next start` on DIR and adds two accounts
 * (bench-admin@, bench-editor@); saving writes drafts: give it a copy of a data folder.
 * Figures: docs/database.md, "Admin in the browser at 10,000 articles".
 */
import { loadavg } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import type { Page } from 'playwright-core'

import { median, runWithEditor } from './admin-session'

const { values } = parseArgs({
  options: {
    'data-dir': { type: 'string' },
    port: { type: 'string', default: '7210' },
    runs: { type: 'string', default: '5' },
  },
})
const usage = 'usage: npm run bench:admin-browser -- --data-dir DIR [--port 7210] [--runs 5]'
const whole = (name: 'port' | 'runs') => {
  const n = Number(values[name])
  if (!Number.isInteger(n) || n < 1) {
    process.stderr.write(
      `--${name} must be a whole number of at least 1, got "${values[name]}"\n${usage}\n`,
    )
    process.exit(2)
  }
  return n
}
if (!values['data-dir']) {
  process.stderr.write(`${usage}\n`)
  process.exit(2)
}
const port = whole('port')
const runs = whole('runs')
const dataDir = path.resolve(values['data-dir'])
const PASSWORD = 'do-man-hinh-quan-tri-2026'

const log = (line: string) => process.stderr.write(`[admin-browser] ${line}\n`)

/**
 * ms from the start of the navigation (the page's own clock) until `shown` answers a time: it runs
 * in the page at every frame.
 */
async function navigate(page: Page, url: string, shown: () => number | false): Promise<number> {
  await page.goto(url, { waitUntil: 'commit' })
  const handle = await page.waitForFunction(shown, undefined, { polling: 'raf', timeout: 120_000 })
  return Math.round((await handle.jsonValue()) as number)
}

const listShown = () => {
  const row = document.querySelector('.table tbody tr')
  return row && row.getBoundingClientRect().height > 0 ? performance.now() : false
}
const editShown = () => {
  const title = document.querySelector<HTMLInputElement>('#field-title')
  const body = document.querySelector('.rich-text-lexical [contenteditable="true"] p')
  return title?.value && body && body.getBoundingClientRect().height > 0 ? performance.now() : false
}

/** ms from the click on "Lưu bản nháp" until the save's answer is in and the admin says so. */
async function saveDraft(page: Page, id: number): Promise<number> {
  const title = page.locator('#field-title')
  await title.click()
  await page.keyboard.press('End')
  await page.keyboard.type(' (sửa)')
  const answered = page.waitForResponse(
    (res) => res.url().includes(`/api/articles/${id}`) && res.request().method() === 'PATCH',
    { timeout: 60_000 },
  )
  const started = Date.now()
  await page.getByRole('button', { name: 'Lưu bản nháp' }).click()
  const response = await answered
  if (!response.ok())
    throw new Error(`saving article ${id}: ${response.status()} ${await response.text()}`)
  await page.locator('.payload-toast-item').first().waitFor({ timeout: 60_000 })
  return Date.now() - started
}

/** Article ids spread over the archive, so no run reads what the one before it just warmed. */
async function articleIds(page: Page, count: number): Promise<number[]> {
  const { totalDocs } = await page.evaluate(async () =>
    (await fetch('/api/articles?limit=1&depth=0&select[id]=true')).json(),
  )
  const ids: number[] = []
  for (let i = 0; i < count; i++) {
    const pageNumber = Math.max(1, Math.floor(((i + 1) * totalDocs) / (count + 1)))
    const { docs } = await page.evaluate(
      async (n) =>
        (await fetch(`/api/articles?limit=1&page=${n}&depth=0&select[id]=true&sort=id`)).json(),
      pageNumber,
    )
    ids.push(docs[0].id)
  }
  return ids
}

runWithEditor({ dataDir, port, password: PASSWORD, log }, async (page, origin) => {
  const ids = await articleIds(page, runs + 1)
  const before = loadavg()

  const list: number[] = []
  const edit: number[] = []
  const save: number[] = []
  for (let run = 0; run <= runs; run++) {
    list.push(await navigate(page, `${origin}/admin/collections/articles`, listShown))
    edit.push(await navigate(page, `${origin}/admin/collections/articles/${ids[run]}`, editShown))
    save.push(await saveDraft(page, ids[run]))
    log(`run ${run}: list ${list[run]} ms, edit ${edit[run]} ms, save ${save[run]} ms`)
  }
  const row = (name: string, target: number, figures: number[]) => {
    const warm = median(figures.slice(1))
    return `| ${name} | ${figures[0]} | ${warm} | ${figures.slice(1).join(', ')} | ≤ ${target} | ${warm <= target ? 'yes' : 'no'} |`
  }
  const after = loadavg()
  process.stdout.write(
    [
      `load average before ${before.map((n) => n.toFixed(1)).join(' ')}, after ${after.map((n) => n.toFixed(1)).join(' ')}`,
      '',
      `| step | first (ms) | median of ${runs} (ms) | runs (ms) | target (ms) | met |`,
      '|---|---|---|---|---|---|',
      row('article list: first row visible', 1000, list),
      row('edit screen: title and body shown', 2000, edit),
      row('save draft: click to "saved"', 1000, save),
      '',
    ].join('\n'),
  )
})
