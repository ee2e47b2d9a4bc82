import { getDocuments, getReceptionEntries, getWantedNotices } from './content'
import { documentsByType, documentsByYear, listPages } from './content-type-paths'
import { receptionWeeks } from './reception'

/** Every page of /truy-na/, current notices newest decision first. */
export async function listWantedPages() {
  return listPages('notices', await getWantedNotices())
}

/** Every page of /van-ban/; `all` feeds the type and year filters. */
export async function listDocumentPages() {
  const all = await getDocuments()
  return listPages('documents', all).map((page) => ({ ...page, all }))
}

/** Every page of every /van-ban/loai/<type>/ list. */
export async function listDocumentTypePages() {
  const all = await getDocuments()
  return [...documentsByType(all)].flatMap(([type, docs]) =>
    listPages('documents', docs).map((page) => ({ ...page, type, all })),
  )
}

/** Every page of every /van-ban/nam/<yyyy>/ list. */
export async function listDocumentYearPages() {
  const all = await getDocuments()
  return [...documentsByYear(all)].flatMap(([year, docs]) =>
    listPages('documents', docs).map((page) => ({ ...page, year, all })),
  )
}

/** Every page of the reception archive, newest week first. */
export async function listReceptionArchivePages() {
  return listPages('weeks', receptionWeeks(await getReceptionEntries()).past)
}
