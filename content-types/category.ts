import { z } from 'zod'

import { SLUG_PATTERN } from './slugify'

export const categorySchema = z
  .object({
    id: z.union([z.number(), z.string()]).describe('Category id'),
    name: z.string().trim().min(1).describe('Section name, e.g. "An ninh trật tự"'),
    slug: z
      .string()
      .regex(SLUG_PATTERN)
      .describe('URL segment of the category page /chuyen-muc/<slug>/'),
    description: z
      .string()
      .nullable()
      .optional()
      .describe('Short description shown on the category page'),
    parent: z
      .union([
        z.number(),
        z.string(),
        z.object({ id: z.union([z.number(), z.string()]) }).passthrough(),
      ])
      .nullable()
      .optional()
      .describe('Parent section, as an id or a populated category'),
    order: z.number().nullable().optional().describe('Display order, smaller first'),
    updatedAt: z.string().optional().describe('Last change, ISO 8601 UTC'),
  })
  .describe('A section of the news site')

export type Category = z.infer<typeof categorySchema>
