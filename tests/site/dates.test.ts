import { describe, expect, test } from 'vitest'

import {
  formatVietnamDate,
  formatVietnamDateTime,
  formatVietnamMonth,
  toRfc822,
  hasKnownTime,
  toVietnamIso,
  toVietnamTime,
  vietnamDatetimeAttribute,
} from '../../site/src/lib/dates'

describe('Vietnam dates', () => {
  test('prints the weekday, date and time in Vietnam time, as the papers do', () => {
    expect(formatVietnamDateTime('2023-06-16T16:02:00.000Z')).toBe('Thứ Sáu, 16/06/2023 23:02')
  })

  test('moves a late-evening UTC time to the next day in Vietnam', () => {
    expect(formatVietnamDateTime('2023-06-17T17:30:00.000Z')).toBe('Chủ Nhật, 18/06/2023 00:30')
    expect(formatVietnamDate('2023-12-31T17:00:00.000Z')).toBe('01/01/2024')
  })

  test('names every weekday in Vietnamese', () => {
    const week = [11, 12, 13, 14, 15, 16, 17].map(
      (d) => formatVietnamDateTime(`2023-06-${d}T03:00:00.000Z`).split(',')[0],
    )
    expect(week).toEqual([
      'Chủ Nhật',
      'Thứ Hai',
      'Thứ Ba',
      'Thứ Tư',
      'Thứ Năm',
      'Thứ Sáu',
      'Thứ Bảy',
    ])
  })

  test('gives the Vietnam month an article belongs to in the archive', () => {
    expect(toVietnamTime('2023-06-30T18:00:00.000Z')).toMatchObject({
      year: 2023,
      month: 7,
      day: 1,
    })
    expect(formatVietnamMonth(2023, 6)).toBe('Tháng 6/2023')
  })

  test('writes machine-readable times with the +07:00 offset, and RFC 822 for feeds', () => {
    expect(toVietnamIso('2023-06-16T16:02:00.000Z')).toBe('2023-06-16T23:02:00+07:00')
    expect(toRfc822('2023-06-16T16:02:00.000Z')).toBe('Fri, 16 Jun 2023 16:02:00 GMT')
  })

  test('prints the date alone for an imported article whose time of day is unknown (stored at 00:00 in Vietnam)', () => {
    expect(hasKnownTime('2022-12-31T17:00:00.000Z')).toBe(false)
    expect(formatVietnamDateTime('2022-12-31T17:00:00.000Z')).toBe('Chủ Nhật, 01/01/2023')
    expect(vietnamDatetimeAttribute('2022-12-31T17:00:00.000Z')).toBe('2023-01-01')
    // A publish just after midnight keeps its time.
    expect(formatVietnamDateTime('2022-12-31T17:00:41.120Z')).toBe('Chủ Nhật, 01/01/2023 00:00')
    expect(vietnamDatetimeAttribute('2023-06-16T16:02:00.000Z')).toBe('2023-06-16T23:02:00+07:00')
  })

  test('refuses something that is not a date', () => {
    expect(() => formatVietnamDate('hôm qua')).toThrow(/Not a date: hôm qua/)
  })
})
