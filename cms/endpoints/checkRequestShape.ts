import Busboy from 'busboy'

import { DATA_NOT_AN_OBJECT } from '../hooks/requireObjectData'

const BAD_JSON =
  'Dữ liệu gửi lên không phải JSON hợp lệ. Hãy kiểm tra dấu ngoặc, dấu phẩy và dấu nháy kép.'
const BAD_QUERY_JSON = (name: string) =>
  `Tham số "${name}" không phải JSON hợp lệ. Hãy dùng dạng ${name}[trường][equals]=giá-trị hoặc một JSON đúng.`
const UNSUPPORTED_TYPE =
  'Kiểu dữ liệu gửi lên không được nhận: hãy gửi JSON (Content-Type: application/json) hoặc biểu mẫu tải tệp (multipart/form-data).'
const FORM_CUT_SHORT =
  'Biểu mẫu tải lên bị cắt giữa chừng (mạng ngắt hoặc tải bị hủy). Hãy tải lại tệp.'
const FORM_BAD_HEADER =
  'Biểu mẫu tải lên có tên tệp hoặc tên trường chứa ký tự không hợp lệ (ví dụ ký tự điều khiển). ' +
  'Hãy đổi tên tệp chỉ gồm chữ, số, dấu gạch rồi tải lại.'
const FORM_UNREADABLE =
  'Biểu mẫu tải lên không đọc được (sai định dạng multipart/form-data). Hãy tải lại tệp từ trang quản trị.'

type RouteArgs = { params: Promise<{ slug?: string[] }> }
type RouteHandler = (request: Request, args: RouteArgs) => Promise<Response>

const badRequest = (message: string, status = 400) =>
  Response.json({ errors: [{ message }] }, { status })

const isJson = (text: string): boolean => {
  try {
    JSON.parse(text)
    return true
  } catch (error) {
    if (error instanceof SyntaxError) return false
    throw error
  }
}

const isObjectJson = (text: string): boolean => {
  const value: unknown = JSON.parse(text)
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

/** Payload JSON.parses `?where=` and `?data=` given whole; what cannot be parsed was a 500. */
function checkQuery(url: URL): string | null {
  for (const name of ['where', 'data']) {
    for (const value of url.searchParams.getAll(name))
      if (value !== '' && !isJson(value)) return BAD_QUERY_JSON(name)
  }
  return null
}

/** Reads the whole form the way Payload will (busboy, same charset), files drained, no limits: those are Payload's. */
function checkForm(headers: Headers, body: Uint8Array): Promise<string | null> {
  return new Promise((resolve) => {
    let form: Busboy.Busboy
    try {
      form = Busboy({
        headers: Object.fromEntries(headers),
        defParamCharset: 'utf8',
        limits: { fieldSize: Infinity },
      })
    } catch {
      return resolve(FORM_UNREADABLE) // No boundary, or not a form at all.
    }
    let payload: string | undefined
    form.on('field', (name, value) => {
      if (name === '_payload') payload = value
    })
    const refuse = (error: Error) =>
      resolve(
        /end of form/i.test(error.message)
          ? FORM_CUT_SHORT
          : /header/i.test(error.message)
            ? FORM_BAD_HEADER
            : FORM_UNREADABLE,
      )
    // A form cut off inside a file fails the file's stream too: unheard, that error would end the
    // whole CMS process.
    form.on('file', (_name, file) => file.on('error', refuse).resume())
    form.on('error', refuse)
    form.on('close', () => {
      if (payload === undefined) return resolve(null)
      resolve(!isJson(payload) ? BAD_JSON : isObjectJson(payload) ? null : DATA_NOT_AN_OBJECT)
    })
    form.end(body)
  })
}

/** What is wrong with a body Payload would fail on (500), or null. */
async function checkBody(request: Request, body: Uint8Array): Promise<string | null> {
  const type = (request.headers.get('content-type') ?? '').split(';', 1)[0].trim().toLowerCase()
  if (type === 'application/json') {
    const text = new TextDecoder().decode(body)
    if (text === '') return null
    return !isJson(text) ? BAD_JSON : isObjectJson(text) ? null : DATA_NOT_AN_OBJECT
  }
  if (type.startsWith('multipart/')) return checkForm(request.headers, body)
  // The admin asks for long lists by POST with a form-encoded query and a method override.
  const override =
    request.headers.get('x-payload-http-method-override') ??
    request.headers.get('x-http-method-override')
  if (type === 'application/x-www-form-urlencoded' && override === 'GET') return null
  return body.byteLength === 0 ? null : UNSUPPORTED_TYPE
}

/**
 * Payload fails with a 500 (and a stack in the log) before any hook runs on a request it cannot
 * read: `?where={bad`, a JSON body that is `null`, a form cut short ("Unexpected end of form") or
 * with a control character in a file name ("Malformed part header"), a body of an unknown type.
 * This reads such requests first and answers 400 (415 for the type) with a Vietnamese message.
 * Bodies are read whole: wrap it inside limitBodySize, which bounds them first.
 */
export function checkRequestShape(handler: RouteHandler): RouteHandler {
  return async (request, args) => {
    const queryProblem = checkQuery(new URL(request.url))
    if (queryProblem) return badRequest(queryProblem)
    if (!request.body || !['POST', 'PATCH', 'PUT'].includes(request.method))
      return handler(request, args)
    const body = new Uint8Array(await request.arrayBuffer())
    const problem = await checkBody(request, body)
    if (problem) return badRequest(problem, problem === UNSUPPORTED_TYPE ? 415 : 400)
    const init = {
      method: request.method,
      headers: request.headers,
      body: body.byteLength > 0 ? body : undefined,
      signal: request.signal,
    }
    return handler(new Request(request.url, init), args)
  }
}
