import { describe, expect, test } from 'vitest'
import { parseLegacyDate } from '../../scripts/import/parse-legacy-date'

describe('parseLegacyDate', () => {
  test('a bare day is midnight Vietnam time', () => {
    expect(parseLegacyDate('14/11/2023')).toEqual({
      iso: '2023-11-14T00:00:00+07:00',
      precision: 'day',
      rest: '',
      warning: null,
    })
  })

  test('NukeViet weekday line keeps the minute and hands back the counts that follow', () => {
    expect(parseLegacyDate('Thứ sáu - 16/06/2023 23:02 1.141 0')).toEqual({
      iso: '2023-06-16T23:02:00+07:00',
      precision: 'minute',
      rest: '1.141 0',
      warning: null,
    })
    expect(parseLegacyDate('Thứ sáu - 16/06/2023 23:02')?.iso).toBe('2023-06-16T23:02:00+07:00')
  })

  test('"Ngày cập nhật" with seconds', () => {
    expect(parseLegacyDate('Ngày cập nhật: 20/03/2020 03:57:36')).toEqual({
      iso: '2020-03-20T03:57:36+07:00',
      precision: 'second',
      rest: '',
      warning: null,
    })
  })

  test('single-digit day and month are padded', () => {
    expect(parseLegacyDate('Chủ nhật, 5/1/2020 7:05')?.iso).toBe('2020-01-05T07:05:00+07:00')
  })

  test('month-only "date 2024-01" is the first of the month, with a warning, text kept', () => {
    expect(parseLegacyDate('date 2024-01 Tới dự có đồng chí Nguyễn Đăng Bình.')).toEqual({
      iso: '2024-01-01T00:00:00+07:00',
      precision: 'month',
      rest: 'Tới dự có đồng chí Nguyễn Đăng Bình.',
      warning:
        'Chỉ biết tháng đăng (01/2024): ngày đăng tạm đặt là 01/01/2024 00:00, cần kiểm tra lại',
    })
  })

  test('the page-viewed header "Thứ 5, Ngày 16 Tháng 7 Năm 2020" is not a publication date', () => {
    expect(parseLegacyDate('Thứ 5, Ngày 16 Tháng 7 Năm 2020')).toBeNull()
  })

  test('lines that do not start with a date are not dates', () => {
    expect(parseLegacyDate('Kết quả đến tháng 1/2024 đủ điều kiện')).toBeNull()
    expect(parseLegacyDate('14/11/2023, Công an tỉnh tổ chức hội nghị')).toBeNull()
    expect(parseLegacyDate('')).toBeNull()
  })

  test('out-of-range day, month and time give no date and say why', () => {
    expect(parseLegacyDate('32/01/2023')).toEqual({
      iso: null,
      precision: 'day',
      rest: '',
      warning: 'Ngày đăng không hợp lệ: “32/01/2023”',
    })
    expect(parseLegacyDate('15/13/2023')?.iso).toBeNull()
    expect(parseLegacyDate('31/04/2023')?.iso).toBeNull()
    expect(parseLegacyDate('29/02/2023')?.iso).toBeNull()
    expect(parseLegacyDate('00/02/2023')?.iso).toBeNull()
    expect(parseLegacyDate('16/06/2023 24:00')?.warning).toBe(
      'Ngày đăng không hợp lệ: “16/06/2023 24:00”',
    )
    expect(parseLegacyDate('16/06/2023 23:60')?.iso).toBeNull()
    expect(parseLegacyDate('date 2024-13')?.warning).toBe('Ngày đăng không hợp lệ: “date 2024-13”')
  })

  test('29 February exists in leap years', () => {
    expect(parseLegacyDate('29/02/2024')?.iso).toBe('2024-02-29T00:00:00+07:00')
  })
})
