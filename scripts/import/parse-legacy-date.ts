export interface LegacyDate {
  /** ISO 8601 in Vietnam time (+07:00); null when the date is out of range. */
  iso: string | null
  precision: 'month' | 'day' | 'minute' | 'second'
  /** Whatever follows the date on the same line (view counts, or article text in bare exports). */
  rest: string
  warning: string | null
}

const WEEKDAY = String.raw`(?:Thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|Chủ\s+nhật|CN)`
const LABEL = String.raw`(?:Ngày\s+(?:cập\s+nhật|đăng|đăng\s+tải|xuất\s+bản)|Cập\s+nhật)`
const TIME = String.raw`(?:\s*[-,]?\s*(\d{1,2}):(\d{2})(?::(\d{2}))?)?`
// "14/11/2023", "Thứ sáu - 16/06/2023 23:02", "Ngày cập nhật: 20/03/2020 03:57:36"
const PREFIX = String.raw`^(?:${WEEKDAY}\s*[-,]?\s*)?(?:${LABEL}\s*:?\s*)?`
const DMY = String.raw`(\d{1,2})/(\d{1,2})/(\d{4})`
const DAY_FORM = new RegExp(String.raw`${PREFIX}${DMY}${TIME}(?=\s|$)(.*)$`, 'iu')
// The bare exporter writes "date 2024-01" (month only) in front of the first paragraph.
const MONTH_FORM = /^date\s+(\d{4})-(\d{1,2})(?=\s|$)(.*)$/iu

const pad = (n: number) => String(n).padStart(2, '0')

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

function toIso(y: number, mo: number, d: number, h: number, mi: number, s: number): string | null {
  const valid =
    y >= 1900 &&
    y <= 2100 &&
    mo >= 1 &&
    mo <= 12 &&
    d >= 1 &&
    d <= daysInMonth(y, mo) &&
    h <= 23 &&
    mi <= 59 &&
    s <= 59
  return valid ? `${y}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:${pad(s)}+07:00` : null
}

/**
 * Reads a publication date at the start of a line, or returns null when the line does not start
 * with one. A page header such as "Thứ 5, Ngày 16 Tháng 7 Năm 2020" is the day the page was
 * viewed, not the article's date, so its spelled-out form is deliberately not recognised.
 */
export function parseLegacyDate(line: string): LegacyDate | null {
  const text = line.trim()
  const month = MONTH_FORM.exec(text)
  if (month) {
    const [, y, mo] = month.map(Number)
    const iso = toIso(y, mo, 1, 0, 0, 0)
    const shown = `${pad(mo)}/${y}`
    return {
      iso,
      precision: 'month',
      rest: month[3].trim(),
      warning: iso
        ? `Chỉ biết tháng đăng (${shown}): ngày đăng tạm đặt là 01/${shown} 00:00, cần kiểm tra lại`
        : `Ngày đăng không hợp lệ: “${text.slice(0, month[0].length - month[3].length).trim()}”`,
    }
  }
  const day = DAY_FORM.exec(text)
  if (!day) return null
  const [d, mo, y, h, mi, s] = day.slice(1, 7).map((part) => Number(part ?? 0))
  const iso = toIso(y, mo, d, h, mi, s)
  const rest = day[7].trim()
  const written = text.slice(0, text.length - rest.length).trim()
  return {
    iso,
    precision: day[6] ? 'second' : day[4] ? 'minute' : 'day',
    rest,
    warning: iso ? null : `Ngày đăng không hợp lệ: “${written}”`,
  }
}
