import { DOCUMENT_TYPE_NAMES, type DocumentType, type LibraryDocument } from '@bantin/content-types'
import path from 'node:path'

import type { BuildReport, ReportProblem } from './build-report'
import { formatVietnamDate, toVietnamTime } from './dates'
import type { SearchRecord } from './search-records'
import { documentFilePath, documentPath } from './urls'

/** Search fragments and `.pages.json` key a document as `documents:<id>`. */
export const documentKey = (doc: Pick<LibraryDocument, 'id'>) => `documents:${doc.id}`

/** Where the build keeps the PDFs it downloaded, beside the image cache. */
export const documentCacheDir = (report: Pick<BuildReport, 'mediaCacheDir'>) =>
  path.join(report.mediaCacheDir, '..', 'documents')

export const documentTypeName = (type: DocumentType) => DOCUMENT_TYPE_NAMES[type]
export const issueYear = (doc: LibraryDocument) => toVietnamTime(doc.issuedAt).year

const newestFirst = (a: LibraryDocument, b: LibraryDocument) =>
  b.issuedAt.localeCompare(a.issuedAt) ||
  String(b.id).localeCompare(String(a.id), 'en', { numeric: true })

/** Found by its number and its summary (trích yếu), as the issue asks. */
export function toDocumentSearchRecord(doc: LibraryDocument): SearchRecord {
  const title = `${documentTypeName(doc.type)} số ${doc.number}`
  // meta.text: what is searchable besides the title, as written (lib/search-records.ts).
  const written = [doc.number, doc.summary, doc.issuer].join('\n')
  return {
    url: documentPath(doc.slug),
    text: `${written}\n${title}`,
    meta: {
      title,
      lead: doc.summary,
      date: formatVietnamDate(doc.issuedAt),
      category: 'Văn bản',
      text: written,
    },
  }
}

/**
 * The documents this build publishes, newest first, each with its PDF downloaded. A document whose
 * PDF the CMS cannot deliver is left out (a list entry without its file is no use) and reported.
 */
export async function loadDocuments(
  stored: LibraryDocument[],
  report: Pick<BuildReport, 'otherPages'>,
  options: { fetchFiles: (names: string[]) => Promise<Set<string>>; report: ReportProblem },
): Promise<LibraryDocument[]> {
  const sorted = [...stored].sort(newestFirst)
  const missing = await options.fetchFiles(sorted.map((doc) => doc.filename))
  const kept = sorted.filter((doc) => {
    if (!missing.has(doc.filename)) return true
    options.report({
      collection: 'documents',
      id: String(doc.id),
      title: doc.number,
      kind: 'media',
      action: 'left-out',
      message: `Văn bản «${doc.number}»: tệp PDF không tải được từ CMS, nên văn bản chưa lên trang web. Hãy tải tệp lên lại rồi lưu.`,
      detail: `document ${doc.id}: PDF ${doc.filename} not delivered by the CMS`,
    })
    return false
  })
  report.otherPages.set(
    'documents',
    new Map(
      kept.map((doc) => [
        String(doc.id),
        {
          files: [
            `${documentPath(doc.slug).slice(1)}index.html`,
            documentFilePath(doc.filename).slice(1),
          ],
        },
      ]),
    ),
  )
  return kept
}
