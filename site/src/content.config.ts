import { articleSchema, authorSchema, categorySchema } from '@bantin/content-types'
import { defineCollection } from 'astro:content'

import { cmsLoader } from './loader'
import { readSettings } from './settings'

const { cmsUrl } = readSettings()

// The schemas are the shared ones the CMS side also describes, so a REST change that breaks the
// site fails here, at build time, naming the document.
export const collections = {
  articles: defineCollection({ loader: cmsLoader('articles', { cmsUrl }), schema: articleSchema }),
  authors: defineCollection({ loader: cmsLoader('authors', { cmsUrl }), schema: authorSchema }),
  categories: defineCollection({ loader: cmsLoader('categories', { cmsUrl }), schema: categorySchema }),
}
