import { z } from 'zod'

import { mediaSchema } from './media'
import { SLUG_PATTERN } from './slugify'

export const authorSchema = z
  .object({
    id: z.union([z.number(), z.string()]).describe('Author id'),
    fullName: z.string().describe('Full name'),
    byline: z
      .string()
      .trim()
      .min(1)
      .describe('Byline as printed under articles: initials or a pen name'),
    unit: z.string().nullable().optional().describe('Unit (đơn vị) the author belongs to'),
    slug: z
      .string()
      .regex(SLUG_PATTERN)
      .describe('URL segment of the author page /tac-gia/<slug>/'),
    bio: z.string().nullable().optional().describe('Short biography'),
    photo: z
      .union([mediaSchema, z.number(), z.string()])
      .nullable()
      .optional()
      .describe('Portrait, populated at depth 1'),
    updatedAt: z.string().optional().describe('Last change, ISO 8601 UTC'),
  })
  .describe('A byline that articles are credited to')

export type Author = z.infer<typeof authorSchema>
