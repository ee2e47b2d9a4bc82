import { VIETNAM_TIME_ZONE } from '@bantin/content-types/vietnam-time'

const PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: VIETNAM_TIME_ZONE,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
})

/** "02/01/2030 10:00": Vietnam time, as the admin shows dates (payload.config.ts dateFormat). */
export function formatVietnamTime(date: Date | string): string {
  const parts = Object.fromEntries(
    PARTS.formatToParts(new Date(date)).map((part) => [part.type, part.value]),
  )
  return `${parts.day}/${parts.month}/${parts.year} ${parts.hour}:${parts.minute}`
}
