import { describe, expect, test } from 'vitest'

import { readStatusAnswer, rebuildAnswerMessage } from '../../cms/components/read-answer'

const html = (status: number) =>
  new Response('<html><body>502 Bad Gateway</body></html>', {
    status,
    headers: { 'content-type': 'text/html' },
  })

describe('rebuildAnswerMessage', () => {
  test('shows the endpoint’s own message or error', async () => {
    expect(
      await rebuildAnswerMessage(
        Response.json({ message: 'Đã gửi yêu cầu xây dựng lại trang.' }, { status: 202 }),
      ),
    ).toBe('Đã gửi yêu cầu xây dựng lại trang.')
    expect(
      await rebuildAnswerMessage(Response.json({ error: 'Bạn không được phép.' }, { status: 403 })),
    ).toBe('Bạn không được phép.')
  })

  test('an HTML error page from a proxy is said in Vietnamese with its status, not thrown', async () => {
    expect(await rebuildAnswerMessage(html(502))).toBe(
      'Không gửi được yêu cầu xây dựng lại trang (máy chủ trả lời mã 502). Hãy thử lại sau ít phút; nếu vẫn lỗi, hãy báo bộ phận kỹ thuật.',
    )
  })
})

describe('readStatusAnswer', () => {
  test('gives the status object, and nothing for a refusal or a body that is not JSON', async () => {
    expect(await readStatusAnswer(Response.json({ canRebuild: true }))).toEqual({
      canRebuild: true,
    })
    expect(
      await readStatusAnswer(Response.json({ error: 'Forbidden' }, { status: 403 })),
    ).toBeNull()
    expect(await readStatusAnswer(html(200))).toBeNull()
  })
})
