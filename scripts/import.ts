/**
 * npm run import -- [--dry-run] [--json] [--publish] [--category <slug>] <files or folders…>
 * Legacy portal exports → article drafts. See docs/import.md.
 */
import type { Payload } from 'payload'

import { parseCliArgs, USAGE, UsageError } from './import/cli-args'
import { collectInputs } from './import/collect-inputs'
import { formatCounts, runImport } from './import/run-import'
import { UnknownCategoryError } from './import/taxonomy'
import { openCms } from './lib/open-cms'
import { requestSiteRebuild } from './lib/request-site-rebuild'

const log = (line: string) => process.stderr.write(`${line}\n`)
// stdout carries the --json array and nothing else: stray console output goes to stderr.
console.log = console.info = console.debug = console.error

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
    if (!args.dryRun) payload = await openCms()
    const { outcomes, counts } = await runImport(payload, inputs, {
      publish: args.publish,
      category: args.category,
      log,
    })
    if (args.json) {
      const json = `${JSON.stringify(
        outcomes.map((o) => o.summary),
        null,
        2,
      )}\n`
      await new Promise((resolve) => process.stdout.write(json, resolve))
    }
    log(formatCounts(counts, args.dryRun))
    if (payload && (counts.published > 0 || counts.updated > 0)) await requestSiteRebuild(payload, 'import')
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
