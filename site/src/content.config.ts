import { articleSchema, authorSchema, categorySchema } from '@bantin/content-types'
import { defineCollection } from 'astro:content'

import { reportProblem as report } from './lib/build-report'
import { cmsLoader } from './loader'
import { readSettings } from './settings'

const { cmsUrl } = readSettings()

// The loader validates each document with these shared schemas itself: a document that fails is
// reported (lib/build-report.ts) and kept at its last good version or left out, never stops the build.
export const collections = {
  articles: defineCollection({ loader: cmsLoader('articles', { cmsUrl, report }), schema: articleSchema }),
  authors: defineCollection({ loader: cmsLoader('authors', { cmsUrl, report }), schema: authorSchema }),
  categories: defineCollection({ loader: cmsLoader('categories', { cmsUrl, report }), schema: categorySchema }),
}
