import {
  articleSchema,
  authorSchema,
  categorySchema,
  documentSchema,
  receptionEntrySchema,
  wantedNoticeSchema,
} from '@bantin/content-types'
import { uploadIdsIn } from '@bantin/content-types/lexical'
import type { z } from 'zod'

import type { Query } from './rest'

export type CollectionName =
  'articles' | 'authors' | 'categories' | 'wanted-notices' | 'documents' | 'reception-schedule'

/** What the site asks the CMS for, per collection: fields, depth, and what a document depends on. */
export interface CollectionSpec {
  name: CollectionName
  /** Singular noun for messages. */
  noun: string
  /** The same noun in Vietnamese, capitalised, for press officers: "Bài", "Tác giả". */
  nounVi: string
  /** What the site accepts (content-types); fields it can repair come back in `fixUps`. */
  schema: z.ZodType
  /** Fields asked for with `select`; `id` always comes back. */
  fields: readonly string[]
  /** 1 populates relations and upload nodes in rich text; 0 leaves ids. */
  depth: 0 | 1
  pageSize: number
  /** Collections whose documents are copied into this one's at depth 1, with the ids a doc uses. */
  references?: (doc: Record<string, unknown>) => Partial<Record<string, Array<string | number>>>
  /** A short human name for a document, for error messages. */
  describe: (doc: Record<string, unknown>) => string
  /** The document's human name for the editor ("" when it has none). */
  titleOf: (doc: Record<string, unknown>) => string
}

type Rel = { id?: string | number } | string | number | null | undefined

const idOf = (value: Rel): Array<string | number> =>
  value === null || value === undefined
    ? []
    : typeof value === 'object'
      ? value.id === undefined
        ? []
        : [value.id]
      : [value]

const text = (value: unknown) => (typeof value === 'string' ? value : '')

export const COLLECTIONS: Record<CollectionName, CollectionSpec> = {
  articles: {
    name: 'articles',
    noun: 'article',
    nounVi: 'Bài',
    schema: articleSchema,
    fields: [
      'title',
      'slug',
      'lead',
      'body',
      'heroImage',
      'authors',
      'category',
      'tags',
      'publishedAt',
      'updatedAt',
      'source',
      'seo',
      'legacyUrl',
      '_status',
      'isWarning',
      'warningUntil',
    ],
    depth: 1,
    pageSize: 50,
    references: (doc) => {
      const seo = doc.seo as { image?: Rel } | null | undefined
      return {
        authors: ((doc.authors as Rel[] | undefined) ?? []).flatMap(idOf),
        categories: idOf(doc.category as Rel),
        media: [...idOf(doc.heroImage as Rel), ...idOf(seo?.image), ...uploadIdsIn(doc.body)],
      }
    },
    describe: (doc) =>
      `"${String(doc.title ?? '?')}" (id ${String(doc.id)}, slug ${String(doc.slug ?? '?')})`,
    titleOf: (doc) => text(doc.title),
  },
  authors: {
    name: 'authors',
    noun: 'author',
    nounVi: 'Tác giả',
    schema: authorSchema,
    fields: ['fullName', 'byline', 'unit', 'slug', 'bio', 'updatedAt'],
    depth: 0,
    pageSize: 200,
    describe: (doc) => `"${String(doc.byline ?? doc.fullName ?? '?')}" (id ${String(doc.id)})`,
    titleOf: (doc) => text(doc.byline) || text(doc.fullName),
  },
  categories: {
    name: 'categories',
    noun: 'category',
    nounVi: 'Chuyên mục',
    schema: categorySchema,
    fields: ['name', 'slug', 'description', 'parent', 'order', 'updatedAt'],
    depth: 0,
    pageSize: 200,
    describe: (doc) => `"${String(doc.name ?? '?')}" (id ${String(doc.id)})`,
    titleOf: (doc) => text(doc.name),
  },
  'wanted-notices': {
    name: 'wanted-notices',
    noun: 'wanted notice',
    nounVi: 'Lệnh truy nã',
    schema: wantedNoticeSchema,
    fields: [
      'fullName',
      'otherNames',
      'birthYear',
      'sex',
      'residence',
      'photo',
      'offence',
      'decisionNumber',
      'decisionDate',
      'issuingUnit',
      'contactPhone',
      'status',
      'expiresAt',
      'slug',
      'updatedAt',
    ],
    depth: 1,
    pageSize: 100,
    references: (doc) => ({ media: idOf(doc.photo as Rel) }),
    describe: (doc) =>
      `"${String(doc.fullName ?? '?')}" (id ${String(doc.id)}, slug ${String(doc.slug ?? '?')})`,
    titleOf: (doc) => text(doc.fullName),
  },
  documents: {
    name: 'documents',
    noun: 'document',
    nounVi: 'Văn bản',
    schema: documentSchema,
    fields: [
      'number',
      'type',
      'issuer',
      'issuedAt',
      'effectiveAt',
      'summary',
      'slug',
      'filename',
      'filesize',
      'updatedAt',
    ],
    depth: 0,
    pageSize: 200,
    describe: (doc) =>
      `"${String(doc.number ?? '?')}" (id ${String(doc.id)}, slug ${String(doc.slug ?? '?')})`,
    titleOf: (doc) => text(doc.number),
  },
  'reception-schedule': {
    name: 'reception-schedule',
    noun: 'reception session',
    nounVi: 'Buổi tiếp công dân',
    schema: receptionEntrySchema,
    fields: ['date', 'time', 'leader', 'place', 'subject', 'updatedAt'],
    depth: 0,
    pageSize: 200,
    describe: (doc) =>
      `"${String(doc.subject ?? '?')}" (id ${String(doc.id)}, ${String(doc.date ?? '?')})`,
    titleOf: (doc) => text(doc.subject),
  },
}

export const idListQuery: Query = { depth: 0, select: { id: true } }
