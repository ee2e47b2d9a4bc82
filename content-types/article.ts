import { z } from 'zod'

import { authorSchema } from './author'
import { categorySchema } from './category'
import { mediaSchema } from './media'

/** Lexical's serialized tree; the site's renderer checks each node it meets. */
export const richTextSchema = z
  .object({ root: z.object({ type: z.literal('root'), children: z.array(z.unknown()) }).passthrough() })
  .describe('Lexical rich text as stored by the CMS')

export const articleSchema = z
  .object({
    id: z.union([z.number(), z.string()]).describe('Article id'),
    title: z.string().min(1).describe('Headline'),
    slug: z.string().min(1).describe('URL segment of /tin-tuc/<slug>/'),
    lead: z.string().describe('The sapo: plain-text lead paragraph printed in bold'),
    body: richTextSchema.nullable().optional().describe('Article body; images are upload nodes populated with media'),
    heroImage: mediaSchema.nullable().optional().describe('Lead image, populated'),
    authors: z.array(authorSchema).describe('Bylines, populated, in order'),
    category: categorySchema.describe('Section, populated'),
    tags: z.array(z.string()).nullable().optional().describe('Free tags; the site makes their slugs'),
    publishedAt: z.string().describe('First publication time, ISO 8601 UTC'),
    updatedAt: z.string().describe('Last change, ISO 8601 UTC'),
    source: z.string().nullable().optional().describe('Original source when republished'),
    seo: z
      .object({
        metaTitle: z.string().nullable().optional().describe('Title for search engines'),
        metaDescription: z.string().nullable().optional().describe('Description for search engines'),
        image: mediaSchema.nullable().optional().describe('Image for social cards'),
      })
      .nullable()
      .optional()
      .describe('Search and social overrides'),
    legacyViews: z.number().nullable().optional().describe('View count carried over from the old portal'),
    _status: z.literal('published').describe('The public API returns published articles only'),
  })
  .describe('A published article as the public REST API returns it at depth 1')

export type Article = z.infer<typeof articleSchema>
