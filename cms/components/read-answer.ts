/**
 * The dashboard panel's reading of its two endpoints' answers. A proxy or a crashed server may
 * answer with an HTML page instead of JSON: that is said to the press officer, never thrown
 * inside a click handler or a timer.
 */
const TRY_AGAIN = 'Hãy thử lại sau ít phút; nếu vẫn lỗi, hãy báo bộ phận kỹ thuật.'

async function readJsonObject(res: Response): Promise<Record<string, unknown> | null> {
  const text = await res.text()
  try {
    const body: unknown = JSON.parse(text)
    return body && typeof body === 'object' ? (body as Record<string, unknown>) : null
  } catch (error) {
    if (error instanceof SyntaxError) return null
    throw error
  }
}

/** What to show after "rebuild now": the endpoint's own message, or what went wrong. */
export async function rebuildAnswerMessage(res: Response): Promise<string> {
  const body = await readJsonObject(res)
  const said = body?.message ?? body?.error
  if (typeof said === 'string' && said) return said
  return `Không gửi được yêu cầu xây dựng lại trang (máy chủ trả lời mã ${res.status}). ${TRY_AGAIN}`
}

/** The message when the request did not reach the CMS at all. */
export const UNREACHABLE_MESSAGE = `Không kết nối được với máy chủ quản trị. ${TRY_AGAIN}`

/** The status answer, or null when there is none to show (not allowed, or not JSON). */
export async function readStatusAnswer<T>(res: Response): Promise<T | null> {
  if (!res.ok) return null
  return (await readJsonObject(res)) as T | null
}
