import type { ReceptionEntry } from '@bantin/content-types'
import { describe, expect, test } from 'vitest'

import { mondayOf, receptionWeeks } from '../../site/src/lib/reception'

const entry = (id: number, date: string, time = 'Sáng'): ReceptionEntry => ({
  id,
  date,
  time,
  leader: 'Đại tá A',
  place: 'Trụ sở',
  subject: `Buổi ${id}`,
})

describe('receptionWeeks', () => {
  test('a week runs Monday to Sunday in Vietnam time', () => {
    expect(mondayOf('2026-12-06T16:59:00Z')).toBe('2026-11-30') // Sunday 23:59 in Vietnam
    expect(mondayOf('2026-12-06T17:00:00Z')).toBe('2026-12-07') // Monday 00:00 in Vietnam
  })

  test('splits sessions into this week, next week and past weeks newest first; later weeks wait', () => {
    const now = new Date('2026-12-02T03:00:00Z') // Wednesday
    const weeks = receptionWeeks(
      [
        entry(1, '2026-12-04T05:00:00Z', 'Chiều'),
        entry(2, '2026-12-04T05:00:00Z', 'Buổi sáng'),
        entry(3, '2026-12-09T05:00:00Z'),
        entry(4, '2026-11-20T05:00:00Z'),
        entry(5, '2026-11-05T05:00:00Z'),
        entry(6, '2026-12-30T05:00:00Z'),
      ],
      now,
    )
    expect(weeks.current).toMatchObject({ monday: '2026-11-30', sunday: '2026-12-06' })
    expect(weeks.current.entries.map((e) => e.id)).toEqual([2, 1])
    expect(weeks.next.entries.map((e) => e.id)).toEqual([3])
    expect(weeks.past.map((w) => w.monday)).toEqual(['2026-11-16', '2026-11-02'])
  })
})
