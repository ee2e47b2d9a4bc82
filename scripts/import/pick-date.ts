import { type LegacyDate, parseLegacyDate } from './parse-legacy-date'

/** A date line (or part of one) that may be the publication date. */
export interface DateCandidate {
  /** The date as the file writes it ("Ngày cập nhật: 20/03/2020 03:57:36"). */
  written: string
  date: LegacyDate
}

/**
 * How sure a date is to be the publication date: a label that says so, then "cập nhật" (the
 * portal's only date on some templates), then a date with a time of day, then a bare day. A
 * weekday and a day without time ("Thứ Năm, 16/07/2020") is how page headers print the day the
 * page was saved, so it is the weakest.
 */
function rank({ written, date }: DateCandidate): number {
  if (/Ngày\s+(?:đăng|xuất\s+bản)/iu.test(written)) return 4
  if (/cập\s+nhật/iu.test(written)) return 3
  if (date.precision === 'minute' || date.precision === 'second') return 2
  return isSavedDay({ written, date }) ? 0 : 1
}

const isSavedDay = ({ written, date }: DateCandidate) =>
  date.precision === 'day' && /^(?:Thứ|Chủ\s+nhật|CN)/iu.test(written)

/**
 * The dates a line starts with: one, or two when a header prints the saved day next to the
 * article's date ("Thứ 5, 16/07/2020 | Ngày cập nhật: 20/03/2020 03:57:36"). `rest` is what
 * follows the last one.
 */
export function datesAt(line: string): { found: DateCandidate[]; rest: string } | null {
  const first = parseLegacyDate(line)
  if (!first) return null
  const found = [{ written: line.slice(0, line.length - first.rest.length).trim(), date: first }]
  const after = first.rest.replace(/^[|–—,;-]+\s*/u, '')
  const second = first.precision !== 'month' && after ? parseLegacyDate(after) : null
  if (second) {
    found.push({ written: after.slice(0, after.length - second.rest.length).trim(), date: second })
    return { found, rest: second.rest }
  }
  return { found, rest: first.rest }
}

/**
 * Chooses the publication date among the candidates, in file order: the surest (rank), the first
 * of equals. Every other date is named in a note, so the editor can check the choice.
 */
export function pickDate(candidates: DateCandidate[]): {
  publishedAt: string | null
  notes: string[]
} {
  const notes: string[] = []
  const valid = candidates.filter((c) => {
    if (c.date.iso === null) notes.push(c.date.warning ?? `Ngày đăng không hợp lệ: “${c.written}”`)
    return c.date.iso !== null
  })
  if (!valid.length) return { publishedAt: null, notes }
  const best = valid.reduce((a, b) => (rank(b) > rank(a) ? b : a))
  if (best.date.warning) notes.push(best.date.warning)
  for (const other of valid) {
    if (other === best) continue
    notes.push(
      isSavedDay(other) && rank(best) > 0
        ? `Bỏ qua ngày “${other.written}”: có vẻ là ngày lưu trang, ngày đăng lấy theo “${best.written}”`
        : `Bỏ qua ngày thứ hai “${other.written}”, giữ ngày đăng “${best.written}”`,
    )
  }
  return { publishedAt: best.date.iso, notes }
}
