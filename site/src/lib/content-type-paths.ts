import type {
  DocumentType,
  LibraryDocument,
  ReceptionEntry,
  WantedNotice,
} from '@bantin/content-types'

import { issueYear } from './documents'
import { paginate } from './news'
import { receptionWeeks } from './reception'
import {
  documentFilePath,
  documentPath,
  documentsListPath,
  documentTypePath,
  documentYearPath,
  receptionArchivePath,
  receptionWeekPath,
  wantedListPath,
  wantedPath,
} from './urls'

/**
 * Items a page of these lists holds: notice cards carry a photo each, so fewer of them. The lists
 * are never cut off as news lists are (LIST_MAX_PAGES): every current notice, every document and
 * every past week stays reachable from its list, and they grow by a few items a week.
 */
export const CONTENT_LIST_PAGE_SIZES = { notices: 12, documents: 20, weeks: 20 } as const

export const listPages = <T>(kind: keyof typeof CONTENT_LIST_PAGE_SIZES, items: T[]) =>
  paginate(items, CONTENT_LIST_PAGE_SIZES[kind], Number.POSITIVE_INFINITY)

/** Documents by type, each newest first as `documents` is; only types that have some. */
export function documentsByType(
  documents: LibraryDocument[],
): Map<DocumentType, LibraryDocument[]> {
  const byType = new Map<DocumentType, LibraryDocument[]>()
  for (const doc of documents) byType.set(doc.type, [...(byType.get(doc.type) ?? []), doc])
  return byType
}

/** Documents by year of issue (Vietnam time), newest first within each year. */
export function documentsByYear(documents: LibraryDocument[]): Map<number, LibraryDocument[]> {
  const byYear = new Map<number, LibraryDocument[]>()
  for (const doc of documents) {
    const year = issueYear(doc)
    byYear.set(year, [...(byYear.get(year) ?? []), doc])
  }
  return byYear
}

/** What the build publishes besides news: the pages of these are known before any body renders. */
export interface OtherContent {
  notices: WantedNotice[]
  documents: LibraryDocument[]
  reception: ReceptionEntry[]
}

const pagePaths = (count: number, pathOf: (page: number) => string) =>
  Array.from({ length: count }, (_, i) => pathOf(i + 1))

/**
 * Every path the notice, document and schedule pages write, made with the urls.ts builders and the
 * paging those pages use, so a body link to one of them is checked like a link to an article
 * (lib/site-paths.ts).
 */
export function contentTypePaths(
  { notices, documents, reception }: OtherContent,
  now = new Date(),
): string[] {
  const past = receptionWeeks(reception, now).past
  const count = (kind: keyof typeof CONTENT_LIST_PAGE_SIZES, items: unknown[]) =>
    listPages(kind, items).length
  return [
    ...notices.map((notice) => wantedPath(notice.slug)),
    ...pagePaths(count('notices', notices), wantedListPath),
    ...documents.flatMap((doc) => [documentPath(doc.slug), documentFilePath(doc.filename)]),
    ...pagePaths(count('documents', documents), documentsListPath),
    ...[...documentsByType(documents)].flatMap(([type, docs]) =>
      pagePaths(count('documents', docs), (page) => documentTypePath(type, page)),
    ),
    ...[...documentsByYear(documents)].flatMap(([year, docs]) =>
      pagePaths(count('documents', docs), (page) => documentYearPath(year, page)),
    ),
    ...past.map((week) => receptionWeekPath(week.monday)),
    ...pagePaths(count('weeks', past), receptionArchivePath),
  ]
}
