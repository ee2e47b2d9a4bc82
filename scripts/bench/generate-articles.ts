/**
 * npm run bench:generate -- --count 1000 [--visibility-at-end]: adds N published articles (varied
 * Vietnamese text, dates over several years, tags, the demo's authors, categories and images) for
 * benchmarks. Writes with skipRebuild and asks for one rebuild at the end.
 * --visibility-at-end: the articles' afterChange visibility refresh (which images and authors the
 * public may see) runs once for all of them at the end instead of after each create. Same result;
 * that refresh counts every public article showing each image and author, so per create it grows
 * with the archive (on PostgreSQL about 20 ms at 3,500 articles, docs/database.md).
 */
import { createLocalReq } from 'payload'
import { parseArgs } from 'node:util'

import {
  joinShown,
  refreshPublicVisibility,
  type Shown,
  shownBy,
} from '../../cms/hooks/publicVisibility'
import { refreshVisibilityOnArticleChange } from '../../cms/hooks/refreshVisibilityOnArticleChange'
import { openCms } from '../lib/open-cms'
import { requestSiteRebuild } from '../lib/request-site-rebuild'
import { seedDemo } from '../seed/seed-demo'
import { benchArticle } from './bench-article'

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '1000' },
    'visibility-at-end': { type: 'boolean', default: false },
  },
})
const count = Number(values.count)
if (!Number.isInteger(count) || count < 1) {
  process.stderr.write(`--count must be a whole number of at least 1, got "${values.count}"\n`)
  process.exit(2)
}

const payload = await openCms()
await seedDemo(payload, { onlyIfEmpty: true })
const ids = async (collection: 'authors' | 'categories' | 'media') =>
  (
    await payload.find({
      collection,
      limit: 100,
      depth: 0,
      where: collection === 'media' ? { isPublic: { equals: true } } : {},
    })
  ).docs.map((d) => d.id as number)
const refs = {
  authors: await ids('authors'),
  categories: await ids('categories'),
  media: await ids('media'),
}
const hooks = payload.collections.articles.config.hooks
const afterChange = hooks.afterChange
const atEnd = values['visibility-at-end']
if (atEnd) {
  hooks.afterChange = afterChange.filter((hook) => hook !== refreshVisibilityOnArticleChange)
  if (hooks.afterChange.length !== afterChange.length - 1)
    throw new Error("the articles' visibility hook was not found")
}
let shown: Shown = { media: new Set(), authors: new Set() }
const started = Date.now()
try {
  for (let i = 0; i < count; i++) {
    const data = benchArticle(i, refs)
    // depth 0: the created document is not read back with its images, authors and category populated.
    await payload.create({ collection: 'articles', data, depth: 0, context: { skipRebuild: true } })
    if (atEnd) shown = joinShown(shown, shownBy(data))
    if ((i + 1) % 100 === 0) process.stderr.write(`bench:generate: ${i + 1}/${count}\n`)
  }
} finally {
  hooks.afterChange = afterChange
  // Also after a failure: the articles created so far show their images and authors.
  if (atEnd) await refreshPublicVisibility(await createLocalReq({}, payload), shown)
}
await requestSiteRebuild(payload, 'bench:generate')
process.stderr.write(
  `bench:generate: ${count} articles in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
)
await payload.destroy()
process.exit(0)
