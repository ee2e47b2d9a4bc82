import { describe, expect, test } from 'vitest'

import { readProblems } from '../../cms/components/build-problems'
import {
  describeBuild,
  describeProblems,
  problemsFor,
  type SiteStatusResponse,
} from '../../cms/components/describe-build'

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
    expect(lines).toEqual([
      'Sẵn sàng.',
      'Lần gần nhất: 08:02:03 22/11/2026, thành công, 4,2 giây, 44 trang.',
    ])
  })

  test('a failed build says the old site stays up; waiting and retrying requests are counted', () => {
    const lines = describeBuild({
      ...base,
      worker: {
        state: 'building',
        pending: true,
        current: null,
        last: {
          result: 'failed',
          finishedAt: '2026-11-22T01:00:00Z',
          durationMs: 900,
          error: 'liên kết hỏng',
        },
      },
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
    const lines = describeBuild({
      ...base,
      worker: { error: 'unreachable' },
      targets: { webhook: false, github: false },
    })
    expect(lines).toEqual([
      'Chưa cấu hình nơi xây dựng trang (REBUILD_WEBHOOK_URL hoặc GITHUB_DISPATCH_REPO).',
      'Không liên lạc được với máy xây dựng trang; các yêu cầu sẽ được gửi lại.',
    ])
  })
})

const problem = {
  collection: 'articles',
  id: '12',
  title: 'Bắt giữ đối tượng trộm cắp',
  kind: 'render',
  action: 'kept-previous',
  message:
    'Nội dung bài có liên kết tới trang không tồn tại (/tin-tuc/khong-co/). Hãy sửa hoặc xóa liên kết.',
  detail: 'link to /tin-tuc/khong-co/ has no page',
} as const

const withProblems = (problems: unknown[]): SiteStatusResponse => ({
  ...base,
  worker: {
    state: 'idle',
    pending: false,
    current: '20261122-010203',
    last: {
      result: 'ok',
      finishedAt: '2026-11-22T01:02:03Z',
      durationMs: 4200,
      pages: 44,
      problems: readProblems(problems),
    },
  },
})

describe('describeProblems', () => {
  test('the last build’s summary line counts the documents that need fixing', () => {
    const lines = describeBuild(
      withProblems([problem, { ...problem, id: '13', action: 'left-out' }]),
    )
    expect(lines).toEqual([
      'Sẵn sàng.',
      'Lần gần nhất: 08:02:03 22/11/2026, thành công, 4,2 giây, 44 trang.',
      '2 nội dung cần sửa; mọi nội dung khác vẫn được đăng bình thường:',
    ])
  })

  test('each problem names the document, links to its edit page, and says what the site did', () => {
    const items = describeProblems(
      withProblems([
        problem,
        {
          ...problem,
          id: '13',
          title: '',
          action: 'left-out',
          message: 'Ảnh đại diện không đọc được.',
        },
        {
          ...problem,
          collection: 'categories',
          id: '4',
          title: 'An ninh',
          action: 'fixed-up',
          message: 'Mô tả có ký tự lạ.',
        },
      ]),
    )
    expect(items).toEqual([
      {
        name: 'Bài viết “Bắt giữ đối tượng trộm cắp”',
        href: '/admin/collections/articles/12',
        message: problem.message,
        outcome: 'Trang công khai vẫn giữ bản đã đăng trước đó; bản sửa mới chưa được đăng.',
      },
      {
        name: 'Bài viết chưa có tiêu đề (mã 13)',
        href: '/admin/collections/articles/13',
        message: 'Ảnh đại diện không đọc được.',
        outcome: 'Chưa được đưa lên trang công khai.',
      },
      {
        name: 'Chuyên mục “An ninh”',
        href: '/admin/collections/categories/4',
        message: 'Mô tả có ký tự lạ.',
        outcome: 'Đã đăng, bỏ qua phần bị lỗi.',
      },
    ])
  })

  test('a worker without problems, or with malformed ones, shows none', () => {
    expect(describeProblems(base)).toEqual([])
    expect(
      readProblems([{ collection: 'articles' }, 'x', null, { ...problem, collection: 'users' }]),
    ).toEqual([])
    expect(readProblems(undefined)).toEqual([])
  })

  test('the article screen finds the problems of its own article only', () => {
    const status = withProblems([
      problem,
      { ...problem, id: '13' },
      { ...problem, collection: 'authors', id: '12' },
    ])
    expect(problemsFor(status, 'articles', 12).map((p) => p.id)).toEqual(['12'])
    expect(problemsFor(status, 'articles', undefined)).toEqual([])
  })
})
