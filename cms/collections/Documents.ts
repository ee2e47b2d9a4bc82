import type { CollectionConfig } from 'payload'

import { publishedOrStaff } from '../access/publishedOrStaff'
import { createdByField } from '../fields/createdBy'
import { DAY, vietnamTimezone } from '../fields/dates'
import { slugField } from '../fields/slug'
import { cleanPdfUpload } from '../hooks/cleanPdfUpload'
import { cleanText } from '../hooks/cleanText'
import { normalizeText } from '../hooks/normalizeText'
import { rememberPublicState } from '../hooks/rememberPublicState'
import { requestRebuildOnArticleChange } from '../hooks/requestRebuildOnArticleChange'
import { requestRebuildOnArticleDelete } from '../hooks/requestRebuildOnArticleDelete'
import { safeUploadName } from '../hooks/safeUploadName'
import { settings } from '../settings'
import { publishable, publishableWriters } from './publishable'

/** Kinds of document (loại văn bản); the value is the site's filter path, the label what readers see. */
const DOCUMENT_TYPES = [
  { label: 'Quyết định', value: 'quyet-dinh' },
  { label: 'Kế hoạch', value: 'ke-hoach' },
  { label: 'Thông báo', value: 'thong-bao' },
  { label: 'Hướng dẫn', value: 'huong-dan' },
  { label: 'Chỉ thị', value: 'chi-thi' },
  { label: 'Công văn', value: 'cong-van' },
  { label: 'Báo cáo', value: 'bao-cao' },
  { label: 'Văn bản khác', value: 'khac' },
] as const

/**
 * Văn bản: an upload collection whose file is the document's one PDF, cleaned on upload
 * (uploads/clean-pdf.ts). Drafts, versions, schedule, trash, roles and rebuilds as articles; the
 * file is readable by the public only while the document is (Payload applies `read` to the file).
 */
export const Documents: CollectionConfig = {
  slug: 'documents',
  labels: {
    singular: { vi: 'Văn bản', en: 'Document' },
    plural: { vi: 'Văn bản', en: 'Documents' },
  },
  admin: {
    useAsTitle: 'number',
    defaultColumns: ['number', 'type', 'summary', '_status', 'issuedAt'],
    listSearchableFields: ['number', 'summary'],
    group: { vi: 'Nội dung', en: 'Content' },
  },
  access: { read: publishedOrStaff, ...publishableWriters },
  ...publishable,
  hooks: {
    beforeOperation: [cleanPdfUpload, safeUploadName, cleanText],
    beforeValidate: [normalizeText],
    beforeChange: [rememberPublicState],
    afterChange: [requestRebuildOnArticleChange],
    afterDelete: [requestRebuildOnArticleDelete],
  },
  upload: {
    staticDir: settings.documentsDir,
    mimeTypes: ['application/pdf'],
    pasteURL: false,
    // Downloaded, never shown as a page of the CMS's origin, never sniffed into another type.
    modifyResponseHeaders: ({ headers }) => {
      headers.set('Content-Type', 'application/pdf')
      headers.set('Content-Disposition', 'attachment')
      headers.set('X-Content-Type-Options', 'nosniff')
      headers.set('Content-Security-Policy', "default-src 'none'; sandbox")
      return headers
    },
  },
  fields: [
    {
      name: 'number',
      type: 'text',
      required: true,
      maxLength: 100,
      label: { vi: 'Số/ký hiệu', en: 'Number' },
      admin: { placeholder: '125/QĐ-CAT' },
    },
    {
      name: 'type',
      type: 'select',
      required: true,
      index: true,
      label: { vi: 'Loại văn bản', en: 'Type' },
      options: DOCUMENT_TYPES.map(({ label, value }) => ({ label, value })),
    },
    {
      name: 'issuer',
      type: 'text',
      required: true,
      label: { vi: 'Cơ quan ban hành', en: 'Issuing body' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'issuedAt',
          type: 'date',
          required: true,
          index: true,
          label: { vi: 'Ngày ban hành', en: 'Issued' },
          admin: { date: DAY },
          timezone: vietnamTimezone(),
        },
        {
          name: 'effectiveAt',
          type: 'date',
          label: { vi: 'Ngày có hiệu lực', en: 'Effective' },
          admin: { date: DAY },
          timezone: vietnamTimezone(),
        },
      ],
    },
    {
      name: 'summary',
      type: 'textarea',
      required: true,
      label: { vi: 'Trích yếu', en: 'Summary' },
    },
    slugField('number'),
    createdByField(),
  ],
}
