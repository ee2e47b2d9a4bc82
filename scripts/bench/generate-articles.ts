/**
 * npm run bench:generate -- --count 1000: adds N published articles (varied Vietnamese text,
 * dates over several years, tags, the demo's authors, categories and images) for benchmarks.
 * Writes with skipRebuild and asks for one rebuild at the end.
 */
import { parseArgs } from 'node:util'

import { openCms } from '../lib/open-cms'
import { requestSiteRebuild } from '../lib/request-site-rebuild'
import { seedDemo } from '../seed/seed-demo'
import { benchArticle } from './bench-article'

const { values } = parseArgs({ options: { count: { type: 'string', default: '1000' } } })
const count = Number(values.count)
if (!Number.isInteger(count) || count < 1) {
  process.stderr.write(`--count must be a whole number of at least 1, got "${values.count}"\n`)
  process.exit(2)
}

const payload = await openCms()
await seedDemo(payload, { onlyIfEmpty: true })
const ids = async (collection: 'authors' | 'categories' | 'media') =>
  (await payload.find({ collection, limit: 100, depth: 0, where: collection === 'media' ? { isPublic: { equals: true } } : {} })).docs.map((d) => d.id as number)
const refs = { authors: await ids('authors'), categories: await ids('categories'), media: await ids('media') }
const started = Date.now()
for (let i = 0; i < count; i++) {
  await payload.create({ collection: 'articles', data: benchArticle(i, refs), context: { skipRebuild: true } })
  if ((i + 1) % 100 === 0) process.stderr.write(`bench:generate: ${i + 1}/${count}\n`)
}
await requestSiteRebuild(payload, 'bench:generate')
process.stderr.write(`bench:generate: ${count} articles in ${((Date.now() - started) / 1000).toFixed(1)} s\n`)
await payload.destroy()
process.exit(0)
