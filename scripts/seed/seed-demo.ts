import path from 'node:path'
import type { Payload } from 'payload'

import type { Id } from '@bantin/content-types/id'

import { importFile } from '../import/import-file'
import { legacyKeyOf } from '../import/plan-article'
import { DEMO_DIR, loadDemoManifest } from './demo-manifest'

interface SeedCount {
  created: number
  existing: number
}

interface SeedReport {
  categories: SeedCount
  authors: SeedCount
  articles: SeedCount
  /** Demo articles that could not be imported and published, with the reasons. */
  failed: string[]
}

const context = { skipRebuild: true }

/** Finds a record by one field, or creates it: a second seed then writes nothing. */
async function ensure(
  payload: Payload,
  collection: 'categories' | 'authors',
  field: 'slug' | 'byline',
  data: Record<string, unknown> & { slug?: string; byline?: string },
  count: SeedCount,
): Promise<Id> {
  const { docs } = await payload.find({
    collection,
    where: { [field]: { equals: data[field] } },
    limit: 1,
    depth: 0,
  })
  if (docs[0]) {
    count.existing++
    return docs[0].id
  }
  count.created++
  const created = await payload.create({ collection, data: data as never, context })
  return created.id
}

/**
 * Loads the demo (demo/manifest.json): the site's categories, a few authors, and the sample
 * articles imported through the legacy importer and published. Articles already present (same
 * import key) are left alone, so editors' changes to demo articles survive a second seed. Never
 * creates accounts. With `onlyIfEmpty` (npm start), a database holding any article or category is
 * left alone and the result is null.
 */
export async function seedDemo(
  payload: Payload,
  {
    onlyIfEmpty = false,
    log = () => {},
  }: { onlyIfEmpty?: boolean; log?: (line: string) => void } = {},
): Promise<SeedReport | null> {
  const report: SeedReport = {
    categories: { created: 0, existing: 0 },
    authors: { created: 0, existing: 0 },
    articles: { created: 0, existing: 0 },
    failed: [],
  }
  if (onlyIfEmpty) {
    const articles = await payload.count({ collection: 'articles', trash: true })
    const categories = await payload.count({ collection: 'categories' })
    if (articles.totalDocs > 0 || categories.totalDocs > 0) return null
  }
  const manifest = loadDemoManifest()
  const categoryIds = new Map<string, Id>()
  for (const category of manifest.categories) {
    categoryIds.set(
      category.slug,
      await ensure(payload, 'categories', 'slug', category, report.categories),
    )
  }
  for (const author of manifest.authors)
    await ensure(payload, 'authors', 'byline', author, report.authors)
  for (const article of manifest.articles) {
    const { totalDocs } = await payload.count({
      collection: 'articles',
      where: { legacyKey: { equals: legacyKeyOf(article.file) } },
      trash: true,
    })
    if (totalDocs > 0) {
      report.articles.existing++
      continue
    }
    const input = { path: path.join(DEMO_DIR, article.file), display: `demo/${article.file}` }
    const { summary, saved } = await importFile(payload, input, {
      publish: true,
      categoryId: categoryIds.get(article.category),
      categoryExplicit: true,
      overrides: { title: article.title, author: article.author, legacyUrl: article.legacyUrl },
      withHero: true,
      heroCaption: article.heroCaption,
    })
    if (saved) report.articles.created++
    if (!saved?.published) report.failed.push(`${input.display}: ${summary.warnings.join('; ')}`)
    else log(`${input.display}: xuất bản #${saved.id} /${saved.slug}`)
  }
  return report
}
