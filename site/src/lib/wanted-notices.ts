import { noticeIsCurrent, type WantedNotice } from '@bantin/content-types'

import type { BuildReport, ReportProblem } from './build-report'
import { formatVietnamDate } from './dates'
import { pictureFiles, socialImageOf } from './images'
import type { SearchRecord } from './search-records'
import { wantedPath } from './urls'

/** The search index and `.pages.json` key a notice as `wanted-notices:<id>`: ids repeat across collections. */
export const noticeKey = (notice: Pick<WantedNotice, 'id'>) => `wanted-notices:${notice.id}`

/** Every image file a notice's pages point at: its photo's variants and its share card. */
function noticeMediaFiles(notice: WantedNotice): string[] {
  if (!notice.photo) return []
  const social = socialImageOf(notice.photo)?.filename
  return [...new Set([...pictureFiles(notice.photo), ...(social ? [social] : [])])]
}

const newestFirst = (a: WantedNotice, b: WantedNotice) =>
  b.decisionDate.localeCompare(a.decisionDate) ||
  String(b.id).localeCompare(String(a.id), 'en', { numeric: true })

export function toNoticeSearchRecord(notice: WantedNotice): SearchRecord {
  const title = `Truy nã: ${notice.fullName}`
  const lead = `${notice.offence}. Quyết định số ${notice.decisionNumber} của ${notice.issuingUnit}.`
  // meta.text: what is searchable besides the title, as written (lib/search-records.ts).
  const written = [notice.otherNames ?? '', notice.residence ?? '', lead].join('\n')
  return {
    url: wantedPath(notice.slug),
    text: `${title}\n${written}`,
    meta: {
      title,
      lead,
      date: formatVietnamDate(notice.decisionDate),
      category: 'Truy nã',
      text: written,
    },
  }
}

/**
 * The notices this build prints: only current ones at build time (the CMS already sends only
 * those; a notice that expired since it was fetched is left out here too), newest decision first.
 * A photo the CMS cannot deliver is left out and reported. Records in `report` the files each
 * notice owns, for takedowns, and the images to copy.
 */
export async function loadWantedNotices(
  stored: WantedNotice[],
  report: Pick<BuildReport, 'media' | 'otherPages'>,
  options: {
    fetchMedia: (names: string[]) => Promise<Set<string>>
    report: ReportProblem
    now?: Date
  },
): Promise<WantedNotice[]> {
  const now = options.now ?? new Date()
  let notices = stored.filter((notice) => noticeIsCurrent(notice, now)).sort(newestFirst)
  const missing = await options.fetchMedia([...new Set(notices.flatMap(noticeMediaFiles))])
  notices = notices.map((notice) => {
    const lacking = noticeMediaFiles(notice).filter((file) => missing.has(file))
    if (!lacking.length) return notice
    options.report({
      collection: 'wanted-notices',
      id: String(notice.id),
      title: notice.fullName,
      kind: 'media',
      action: 'fixed-up',
      message:
        `Lệnh truy nã «${notice.fullName}»: ảnh đối tượng không tải được từ kho ảnh của CMS, nên lệnh được đăng ` +
        'không có ảnh. Hãy tải ảnh lên lại rồi chọn lại trong lệnh.',
      detail: `wanted notice ${notice.id}: photo files not delivered by the CMS: ${lacking.join(', ')}`,
    })
    return { ...notice, photo: null }
  })
  const pages = new Map<string, { files: string[] }>()
  for (const notice of notices) {
    const files = noticeMediaFiles(notice)
    for (const file of files) report.media.add(file)
    pages.set(String(notice.id), {
      files: [
        `${wantedPath(notice.slug).slice(1)}index.html`,
        ...files.map((file) => `media/${file}`),
      ],
    })
  }
  report.otherPages.set('wanted-notices', pages)
  return notices
}
