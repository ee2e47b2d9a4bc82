import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { z } from 'zod'

import { SLUG_PATTERN } from '@bantin/content-types/slugify'

export const DEMO_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../demo')

const slug = z.string().regex(SLUG_PATTERN)

const manifestSchema = z.object({
  categories: z.array(
    z.object({ slug, name: z.string().min(1), order: z.number(), description: z.string() }),
  ),
  authors: z.array(
    z.object({ byline: z.string().min(1), fullName: z.string().min(1), unit: z.string() }),
  ),
  articles: z.array(
    z.object({
      /** Relative to demo/. The sample text is never edited; what it lacks is given here. */
      file: z.string().min(1),
      category: slug,
      title: z.string().min(1).optional(),
      author: z.string().min(1).optional(),
      heroCaption: z.string().min(1).optional(),
      /** The article's address on the old portal, when the file does not print it. */
      legacyUrl: z.string().min(1).optional(),
    }),
  ),
})

type DemoManifest = z.infer<typeof manifestSchema>

/** demo/manifest.json, checked: a broken manifest fails before anything is written. */
export function loadDemoManifest(file = path.join(DEMO_DIR, 'manifest.json')): DemoManifest {
  const manifest = manifestSchema.parse(JSON.parse(readFileSync(file, 'utf8')))
  const slugs = new Set(manifest.categories.map((c) => c.slug))
  for (const article of manifest.articles) {
    if (!slugs.has(article.category)) {
      throw new Error(
        `demo/manifest.json: ${article.file} names unknown category ${article.category}`,
      )
    }
  }
  return manifest
}
