import type { ReceptionEntry } from '@bantin/content-types'

import { formatVietnamDate, toVietnamTime } from './dates'
import type { SearchRecord } from './search-records'
import { RECEPTION_PATH, receptionWeekPath } from './urls'

const DAY_MS = 86_400_000

/** A week of the schedule, named by its Monday (YYYY-MM-DD, Vietnam time). */
export interface ReceptionWeek {
  monday: string
  sunday: string
  entries: ReceptionEntry[]
}

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10)

/** The Monday (Vietnam time) of the week a moment falls in, as YYYY-MM-DD. */
export function mondayOf(iso: string | Date): string {
  const { year, month, day, weekday } = toVietnamTime(iso)
  return isoDay(Date.UTC(year, month - 1, day) - ((weekday + 6) % 7) * DAY_MS)
}

const weekOf = (monday: string, entries: ReceptionEntry[]): ReceptionWeek => ({
  monday,
  sunday: isoDay(Date.parse(monday) + 6 * DAY_MS),
  entries,
})

/**
 * What /lich-tiep-cong-dan/ shows at build time: this week and next (empty when nothing is
 * planned), and every earlier week that had sessions, newest first, for the archive. Sessions are
 * in date order, then by their time as written.
 */
export function receptionWeeks(all: ReceptionEntry[], now = new Date()) {
  const sorted = [...all].sort(
    (a, b) => a.date.localeCompare(b.date) || a.time.localeCompare(b.time, 'vi'),
  )
  const byWeek = new Map<string, ReceptionEntry[]>()
  for (const entry of sorted) {
    const monday = mondayOf(entry.date)
    byWeek.set(monday, [...(byWeek.get(monday) ?? []), entry])
  }
  const current = mondayOf(now)
  const next = isoDay(Date.parse(current) + 7 * DAY_MS)
  const past = [...byWeek.keys()]
    .filter((monday) => monday < current)
    .sort()
    .reverse()
  return {
    current: weekOf(current, byWeek.get(current) ?? []),
    next: weekOf(next, byWeek.get(next) ?? []),
    past: past.map((monday) => weekOf(monday, byWeek.get(monday)!)),
  }
}

/**
 * Search records for the sessions the site shows: this week's and next week's lead to
 * /lich-tiep-cong-dan/, past weeks' to their week page; later weeks wait until they are shown.
 * Kept small (the four fields as written): sessions have no page of their own, and a week with
 * several sessions has one record per session, each dated.
 */
export function toReceptionSearchRecords(all: ReceptionEntry[], now = new Date()): SearchRecord[] {
  const { current, next, past } = receptionWeeks(all, now)
  const shown = [
    ...[current, next].flatMap((week) =>
      week.entries.map((entry) => ({ entry, url: RECEPTION_PATH })),
    ),
    ...past.flatMap((week) =>
      week.entries.map((entry) => ({ entry, url: receptionWeekPath(week.monday) })),
    ),
  ]
  return shown.map(({ entry, url }) => {
    const date = formatVietnamDate(entry.date)
    const title = `Lịch tiếp công dân ${date}`
    // meta.text: what is searchable besides the title, as written (lib/search-records.ts).
    const written = [entry.subject, entry.leader, entry.place, entry.time].join('\n')
    return {
      url,
      text: `${title}\n${written}`,
      meta: {
        title,
        lead: `${entry.subject} (${entry.time}, ${entry.leader}, ${entry.place})`,
        date,
        category: 'Lịch tiếp công dân',
        text: written,
      },
    }
  })
}
