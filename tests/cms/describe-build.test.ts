import { describe, expect, test } from 'vitest'

import { describeBuild, type SiteStatusResponse } from '../../cms/components/describe-build'

const base: SiteStatusResponse = {
  worker: null,
  queue: { pending: 0, retrying: 0, lastError: null },
  targets: { webhook: true, github: false },
  canRebuild: true,
}

describe('describeBuild', () => {
  test('the last build in Vietnam time with its result, duration and pages', () => {
    const lines = describeBuild({
      ...base,
      worker: {
        state: 'idle',
        pending: false,
        current: '20261122-010203',
        last: { result: 'ok', finishedAt: '2026-11-22T01:02:03Z', durationMs: 4200, pages: 44 },
      },
    })
    expect(lines).toEqual(['Sẵn sàng.', 'Lần gần nhất: 08:02:03 22/11/2026, thành công, 4,2 giây, 44 trang.'])
  })

  test('a failed build says the old site stays up; waiting and retrying requests are counted', () => {
    const lines = describeBuild({
      ...base,
      worker: { state: 'building', pending: true, current: null, last: { result: 'failed', finishedAt: '2026-11-22T01:00:00Z', durationMs: 900, error: 'liên kết hỏng' } },
      queue: { pending: 3, retrying: 1, lastError: 'http://127.0.0.1:4322/rebuild answered 503' },
    })
    expect(lines).toEqual([
      'Đang xây dựng trang…',
      'Lần gần nhất: 08:00:00 22/11/2026, thất bại (liên kết hỏng); trang cũ vẫn hoạt động, 0,9 giây.',
      'Đang chờ gửi: 3 yêu cầu, 1 đang thử lại.',
      'Lỗi gửi gần nhất: http://127.0.0.1:4322/rebuild answered 503',
    ])
  })

  test('an unreachable worker and a missing target are said plainly', () => {
    const lines = describeBuild({ ...base, worker: { error: 'unreachable' }, targets: { webhook: false, github: false } })
    expect(lines).toEqual([
      'Chưa cấu hình nơi xây dựng trang (REBUILD_WEBHOOK_URL hoặc GITHUB_DISPATCH_REPO).',
      'Không liên lạc được với máy xây dựng trang; các yêu cầu sẽ được gửi lại.',
    ])
  })
})
