import type { LibraryDocument, ReceptionEntry, WantedNotice } from '@bantin/content-types'

import { issueYear } from './documents'
import { receptionWeeks } from './reception'
import {
  documentFilePath,
  documentPath,
  documentTypePath,
  documentYearPath,
  receptionWeekPath,
  wantedPath,
} from './urls'

/** What the build publishes besides news: the pages of these are known before any body renders. */
export interface OtherContent {
  notices: WantedNotice[]
  documents: LibraryDocument[]
  reception: ReceptionEntry[]
}

/**
 * Every path the notice, document and schedule pages write, made with the urls.ts builders those
 * pages use, so a body link to one of them is checked like a link to an article (lib/site-paths.ts).
 */
export function contentTypePaths(
  { notices, documents, reception }: OtherContent,
  now = new Date(),
): string[] {
  return [
    ...notices.map((notice) => wantedPath(notice.slug)),
    ...documents.flatMap((doc) => [documentPath(doc.slug), documentFilePath(doc.filename)]),
    ...new Set(documents.map((doc) => documentTypePath(doc.type))),
    ...new Set(documents.map((doc) => documentYearPath(issueYear(doc)))),
    ...receptionWeeks(reception, now).past.map((week) => receptionWeekPath(week.monday)),
  ]
}
