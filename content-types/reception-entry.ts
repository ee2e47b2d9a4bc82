import { z } from 'zod'

import { isoDate } from './article'

/** One published session of the citizen reception schedule (lịch tiếp công dân). */
export const receptionEntrySchema = z
  .object({
    id: z.union([z.number(), z.string()]).describe('Entry id'),
    date: isoDate.describe('Day of the session, ISO 8601 UTC'),
    time: z
      .string()
      .trim()
      .min(1)
      .describe('Time of day as written, e.g. "Sáng, 7 giờ 30 – 11 giờ"'),
    leader: z.string().trim().min(1).describe('Leader who receives citizens'),
    place: z.string().trim().min(1).describe('Place'),
    subject: z.string().trim().min(1).describe('Subject of the session'),
    updatedAt: z.string().optional().describe('Last change, ISO 8601 UTC'),
  })
  .describe('A citizen reception session')

export type ReceptionEntry = z.infer<typeof receptionEntrySchema>
