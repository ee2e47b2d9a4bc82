import type { ReceptionEntry } from '@bantin/content-types'
import { describe, expect, test } from 'vitest'

import { mondayOf, receptionWeeks, toReceptionSearchRecords } from '../../site/src/lib/reception'

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

describe('toReceptionSearchRecords', () => {
  test('one small record per session the site shows, pointing at the page that shows it', () => {
    const now = new Date('2026-12-02T03:00:00Z') // Wednesday
    const records = toReceptionSearchRecords(
      [
        {
          ...entry(1, '2026-12-04T01:00:00Z', 'Sáng, 7 giờ 30 – 11 giờ'),
          subject: 'Tiếp công dân về đất đai',
        },
        entry(2, '2026-12-09T05:00:00Z'),
        entry(3, '2026-11-20T05:00:00Z'),
        entry(4, '2026-12-30T05:00:00Z'),
      ],
      now,
    )
    expect(records.map((r) => r.url)).toEqual([
      '/lich-tiep-cong-dan/',
      '/lich-tiep-cong-dan/',
      '/lich-tiep-cong-dan/tuan/2026-11-16/',
    ])
    expect(records[0]).toEqual({
      url: '/lich-tiep-cong-dan/',
      text: 'Lịch tiếp công dân 04/12/2026\nTiếp công dân về đất đai\nĐại tá A\nTrụ sở\nSáng, 7 giờ 30 – 11 giờ',
      meta: {
        title: 'Lịch tiếp công dân 04/12/2026',
        lead: 'Tiếp công dân về đất đai (Sáng, 7 giờ 30 – 11 giờ, Đại tá A, Trụ sở)',
        date: '04/12/2026',
        category: 'Lịch tiếp công dân',
        text: 'Tiếp công dân về đất đai\nĐại tá A\nTrụ sở\nSáng, 7 giờ 30 – 11 giờ',
      },
    })
    // Small: the four fields as written, nothing else.
    for (const record of records) expect(JSON.stringify(record).length).toBeLessThan(600)
  })
})
