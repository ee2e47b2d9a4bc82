import { describe, expect, test } from 'vitest'

import { createProgress, formatDuration } from '../../scripts/import/progress'

/** A progress display writing into an array, on a clock the test moves. */
function fake(total: number, tty: boolean) {
  let time = 0
  const out: string[] = []
  const progress = createProgress({ total, tty, write: (t) => out.push(t), now: () => time })
  return { progress, out, advance: (ms: number) => (time += ms) }
}

describe('import progress', () => {
  test('in a log: a line every 50 files with count, percentage, rate and time left', () => {
    const { progress, out, advance } = fake(10_000, false)
    for (let done = 1; done <= 120; done++) {
      advance(50) // 20 files a second
      progress.update(done)
    }
    expect(out).toEqual([
      '… đã xử lý 50/10000 tệp (0%, 20 tệp/giây, còn khoảng 8 phút)\n',
      '… đã xử lý 100/10000 tệp (1%, 20 tệp/giây, còn khoảng 8 phút)\n',
    ])
  })

  test('in a log: a slow batch still prints a line every 5 seconds', () => {
    const { progress, out, advance } = fake(10_000, false)
    for (let done = 1; done <= 6; done++) {
      advance(2_000)
      progress.update(done)
    }
    expect(out).toEqual([
      '… đã xử lý 3/10000 tệp (0%, 0,5 tệp/giây, còn khoảng 5 giờ 33 phút)\n',
      '… đã xử lý 6/10000 tệp (0%, 0,5 tệp/giây, còn khoảng 5 giờ 33 phút)\n',
    ])
  })

  test('in a log: a small batch reports about ten times, never after its last file', () => {
    const { progress, out, advance } = fake(24, false)
    for (let done = 1; done <= 24; done++) {
      advance(100)
      progress.update(done)
    }
    expect(out.map((line) => line.split(' (')[0])).toEqual(
      [3, 6, 9, 12, 15, 18, 21].map((n) => `… đã xử lý ${n}/24 tệp`),
    )
  })

  test('the rate is that of the last half minute: after skipping imported files it settles', () => {
    const { progress, out, advance } = fake(10_000, false)
    let done = 0
    for (; done < 5_000; done += 500) {
      advance(100)
      progress.update(done + 500) // already imported: skipped quickly
    }
    for (let i = 0; i < 400; i++) {
      advance(100) // then 10 new articles a second for 40 seconds
      progress.update(++done)
    }
    expect(out.at(-1)).toBe('… đã xử lý 5400/10000 tệp (54%, 10 tệp/giây, còn khoảng 8 phút)\n')
  })

  test('on a terminal: one line redrawn in place, file lines above it, cleared at the end', () => {
    const { progress, out, advance } = fake(4, true)
    progress.update(0)
    advance(1_000)
    progress.line('a.txt: tạo mới bản nháp #1')
    progress.update(1)
    advance(100) // too soon to redraw
    progress.update(2)
    advance(1_000)
    progress.update(3)
    progress.end()
    expect(out).toEqual([
      '\r\x1b[KĐang nhập: 0/4 tệp (0%) · 0 tệp/giây · đang ước tính',
      '\r\x1b[K',
      'a.txt: tạo mới bản nháp #1\n',
      '\r\x1b[KĐang nhập: 0/4 tệp (0%) · 0 tệp/giây · đang ước tính',
      '\r\x1b[KĐang nhập: 1/4 tệp (25%) · 1 tệp/giây · còn khoảng 3 giây',
      '\r\x1b[KĐang nhập: 3/4 tệp (75%) · 1,4 tệp/giây · còn khoảng 1 giây',
      '\r\x1b[K',
    ])
    expect(out.join('').split('\n')).toHaveLength(2)
  })

  test('time left reads like a person would say it', () => {
    expect([0.2, 45, 89, 600, 3600, 3900].map(formatDuration)).toEqual([
      '1 giây',
      '45 giây',
      '1 phút',
      '10 phút',
      '1 giờ',
      '1 giờ 5 phút',
    ])
  })
})
