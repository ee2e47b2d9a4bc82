/**
 * npm run import -- [--dry-run] [--json] [--publish] [--category <slug>] <files or folders…>
 * Legacy portal exports → article drafts. See docs/import.md.
 */
import type { Payload } from 'payload'

import { parseCliArgs, USAGE, UsageError } from './import/cli-args'
import { collectInputs } from './import/collect-inputs'
import { createProgress } from './import/progress'
import { relaxSqliteDurability } from './import/sqlite-writes'
import { formatCounts, runImport } from './import/run-import'
import { UnknownCategoryError } from './import/taxonomy'
import { openCms } from './lib/open-cms'
import { requestSiteRebuild } from './lib/request-site-rebuild'

const log = (line: string) => process.stderr.write(`${line}\n`)
// stdout carries the --json array and nothing else: stray console output goes to stderr.
console.log = console.info = console.debug = console.error

// Ctrl-C (or a service manager's SIGTERM) ends the batch after the article being written, so no
// article is left half saved; a second Ctrl-C stops at once. A rerun picks up where this ended.
let stopAsked = false
const STOP_SIGNALS = ['SIGINT', 'SIGTERM'] as const
for (const signal of STOP_SIGNALS) {
  process.on(signal, () => {
    if (stopAsked) process.exit(130)
    stopAsked = true
    log('\nĐang dừng: ghi xong bài đang nhập rồi dừng (bấm Ctrl-C lần nữa để dừng ngay).')
  })
}

async function main(): Promise<number> {
  let args
  try {
    args = parseCliArgs(process.argv.slice(2))
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    log(`Lỗi: ${error.message}\n\n${USAGE}`)
    return 2
  }
  if (args.help) {
    await new Promise((resolve) => process.stdout.write(`${USAGE}\n`, resolve))
    return 0
  }
  const inputs = await collectInputs(args.paths)
  let payload: Payload | null = null
  try {
    // A dry run never opens the database, so it can check files on any machine.
    if (!args.dryRun) {
      payload = await openCms()
      await relaxSqliteDurability(payload)
    }
    // A live line on a terminal; in a log (CI, a pipe, --json) a line now and then.
    const progress = createProgress({
      total: inputs.length,
      tty: Boolean(process.stderr.isTTY) && !args.json,
      write: (text) => process.stderr.write(text),
    })
    progress.update(0)
    const { outcomes, counts, stopped } = await runImport(payload, inputs, {
      publish: args.publish,
      category: args.category,
      log: progress.line,
      onProgress: progress.update,
      shouldStop: () => stopAsked,
    })
    progress.end()
    if (args.json) {
      const json = `${JSON.stringify(
        outcomes.map((o) => o.summary),
        null,
        2,
      )}\n`
      await new Promise((resolve) => process.stdout.write(json, resolve))
    }
    log(formatCounts(counts, args.dryRun))
    if (payload && (counts.published > 0 || counts.updated > 0))
      await requestSiteRebuild(payload, 'import')
    if (stopped) {
      log(
        `Đã dừng theo yêu cầu sau ${outcomes.length}/${inputs.length} tệp. ` +
          'Chạy lại đúng lệnh này để nhập tiếp: bài đã nhập sẽ được bỏ qua.',
      )
      return 130
    }
    return counts.failed > 0 ? 1 : 0
  } catch (error) {
    if (!(error instanceof UnknownCategoryError)) throw error
    log(`Lỗi: ${error.message}. Không có bài nào được nhập.`)
    return 2
  } finally {
    await payload?.destroy()
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    log(`Lỗi không mong đợi: ${(error as Error).stack ?? error}`)
    process.exit(1)
  },
)
