import { VIETNAM_OFFSET_MS } from '@bantin/content-types/vietnam-time'

const WEEKDAYS = ['Chủ Nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy']

interface VietnamTime {
  year: number
  month: number
  day: number
  hour: number
  minute: number
  weekday: number
}

export function toVietnamTime(iso: string | Date): VietnamTime {
  const shifted = new Date(new Date(iso).getTime() + VIETNAM_OFFSET_MS)
  if (Number.isNaN(shifted.getTime())) throw new RangeError(`Not a date: ${String(iso)}`)
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    weekday: shifted.getUTCDay(),
  }
}

const two = (n: number) => String(n).padStart(2, '0')

/** "16/06/2023" */
export function formatVietnamDate(iso: string | Date): string {
  const t = toVietnamTime(iso)
  return `${two(t.day)}/${two(t.month)}/${t.year}`
}

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * False for exactly 00:00:00.000 in Vietnam: the importer stores an old article whose page gave a
 * date only at midnight (scripts/import/parse-legacy-date.ts), so its time of day is unknown.
 * An editor's publish always carries seconds and milliseconds.
 */
export function hasKnownTime(iso: string | Date): boolean {
  return (new Date(iso).getTime() + VIETNAM_OFFSET_MS) % DAY_MS !== 0
}

/** "Thứ Sáu, 16/06/2023 23:02", as Vietnamese newspapers print it; the date alone when the time is unknown. */
export function formatVietnamDateTime(iso: string | Date): string {
  const t = toVietnamTime(iso)
  const day = `${WEEKDAYS[t.weekday]}, ${formatVietnamDate(iso)}`
  return hasKnownTime(iso) ? `${day} ${two(t.hour)}:${two(t.minute)}` : day
}

/** "Tháng 6/2023", the title of a monthly archive. */
export function formatVietnamMonth(year: number, month: number): string {
  return `Tháng ${month}/${year}`
}

/** "2023-06-16T23:02:00+07:00", for <time datetime> and JSON-LD, in the reader's zone. */
export function toVietnamIso(iso: string | Date): string {
  const t = toVietnamTime(iso)
  return `${t.year}-${two(t.month)}-${two(t.day)}T${two(t.hour)}:${two(t.minute)}:00+07:00`
}

/** The `datetime` of a <time>: the full time, or the day alone when the time is unknown. */
export function vietnamDatetimeAttribute(iso: string | Date): string {
  return hasKnownTime(iso) ? toVietnamIso(iso) : toVietnamIso(iso).slice(0, 10)
}

/** RFC 822 date for RSS 2.0. */
export function toRfc822(iso: string | Date): string {
  return new Date(iso).toUTCString()
}
