import { z } from 'zod'

import { isoDate } from './article'
import { SLUG_PATTERN } from './slugify'

/** The kinds of document, as the CMS stores them (cms/collections/Documents.ts) with their names. */
export const DOCUMENT_TYPE_NAMES = {
  'quyet-dinh': 'Quyết định',
  'ke-hoach': 'Kế hoạch',
  'thong-bao': 'Thông báo',
  'huong-dan': 'Hướng dẫn',
  'chi-thi': 'Chỉ thị',
  'cong-van': 'Công văn',
  'bao-cao': 'Báo cáo',
  khac: 'Văn bản khác',
} as const
export type DocumentType = keyof typeof DOCUMENT_TYPE_NAMES

/** A published document (văn bản) of the library as the public REST API sends it. */
export const documentSchema = z
  .object({
    id: z.union([z.number(), z.string()]).describe('Document id'),
    number: z.string().trim().min(1).describe('Number and symbol (số/ký hiệu), e.g. 125/QĐ-CAT'),
    type: z
      .enum(Object.keys(DOCUMENT_TYPE_NAMES) as [DocumentType, ...DocumentType[]])
      .describe('Kind of document'),
    issuer: z.string().trim().min(1).describe('Issuing body'),
    issuedAt: isoDate.describe('Issue date, ISO 8601 UTC'),
    effectiveAt: isoDate.nullable().optional().describe('Effective date'),
    summary: z.string().trim().min(1).describe('Summary (trích yếu)'),
    slug: z.string().regex(SLUG_PATTERN).describe('URL segment of /van-ban/<slug>/'),
    filename: z.string().min(1).describe('Name of the cleaned PDF, as stored by the CMS'),
    filesize: z.number().nullable().optional().describe('Size of the PDF in bytes'),
    updatedAt: z.string().optional().describe('Last change, ISO 8601 UTC'),
  })
  .describe('A document of the library, with its PDF')

export type LibraryDocument = z.infer<typeof documentSchema>
