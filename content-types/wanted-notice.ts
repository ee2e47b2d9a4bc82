import { z } from 'zod'

import { isoDate } from './article'
import { mediaSchema } from './media'
import { SLUG_PATTERN } from './slugify'

/**
 * A wanted notice (lệnh truy nã) as the public REST API sends it. The CMS sends only current
 * notices (published, `wanted`, not expired); the site checks status and expiry again at build
 * time, so a notice that expires between two builds is never printed.
 */
export const wantedNoticeSchema = z
  .object({
    id: z.union([z.number(), z.string()]).describe('Notice id'),
    fullName: z.string().trim().min(1).describe('Full name of the wanted person'),
    otherNames: z.string().nullable().optional().describe('Other names'),
    birthYear: z.number().int().nullable().optional().describe('Year of birth'),
    sex: z.enum(['male', 'female']).nullable().optional().describe('Sex'),
    residence: z
      .string()
      .nullable()
      .optional()
      .describe('Place of registered residence (nơi đăng ký thường trú)'),
    photo: mediaSchema.nullable().optional().describe('Photo, populated at depth 1'),
    offence: z.string().trim().min(1).describe('Offence (tội danh)'),
    decisionNumber: z.string().trim().min(1).describe('Number of the wanted decision'),
    decisionDate: isoDate.describe('Date of the decision, ISO 8601 UTC'),
    issuingUnit: z.string().trim().min(1).describe('Unit that issued the decision'),
    contactPhone: z
      .string()
      .nullable()
      .optional()
      .describe('Phone number to call with information'),
    status: z.enum(['wanted', 'caught', 'withdrawn']).describe('Only `wanted` notices are public'),
    expiresAt: isoDate
      .nullable()
      .optional()
      .describe('After this moment the notice leaves the site'),
    slug: z.string().regex(SLUG_PATTERN).describe('URL segment of /truy-na/<slug>/'),
    updatedAt: z.string().optional().describe('Last change, ISO 8601 UTC'),
  })
  .describe('A wanted notice')

export type WantedNotice = z.infer<typeof wantedNoticeSchema>

/** Whether a notice may be printed at `now`: still wanted and not past its expiry. */
export const noticeIsCurrent = (
  notice: Pick<WantedNotice, 'status' | 'expiresAt'>,
  now = new Date(),
) =>
  notice.status === 'wanted' &&
  (!notice.expiresAt || new Date(notice.expiresAt).getTime() > now.getTime())
