/** npm run seed: loads the demo content (categories, authors, published sample articles). */
import { openCms } from './lib/open-cms'
import { requestSiteRebuild } from './lib/request-site-rebuild'
import { seedDemo } from './seed/seed-demo'

const log = (line: string) => process.stderr.write(`${line}\n`)

async function main(): Promise<number> {
  const payload = await openCms()
  try {
    // Without onlyIfEmpty the seed always runs; it adds only what is missing.
    const report = (await seedDemo(payload, { log }))!
    const line = (name: string, c: { created: number; existing: number }) =>
      `${name}: ${c.created} tạo mới, ${c.existing} đã có`
    log(line('Chuyên mục', report.categories))
    log(line('Tác giả', report.authors))
    log(line('Bài viết', report.articles))
    for (const failure of report.failed) log(`LỖI ${failure}`)
    if (report.articles.created > 0) await requestSiteRebuild(payload, 'seed')
    return report.failed.length > 0 ? 1 : 0
  } finally {
    await payload.destroy()
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    log(`Lỗi không mong đợi: ${(error as Error).stack ?? error}`)
    process.exit(1)
  },
)
