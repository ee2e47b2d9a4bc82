import type { SanitizedConfig } from 'payload'

const MB = 1024 * 1024

/** One uploaded image (the upload settings in payload.config.ts use the same figure). */
export const MAX_UPLOAD_BYTES = 20 * MB
// Everything else is JSON or the admin's form data: a very long article is a few hundred KB.
const MAX_DATA_BYTES = 2 * MB
// Room for the form fields sent with an image (caption, alt text, the `_payload` JSON).
const UPLOAD_FORM_OVERHEAD = 1 * MB

export const TOO_LARGE_DATA =
  'Dữ liệu gửi lên quá lớn (tối đa 2 MB). Bài quá dài thì tách thành nhiều bài; ảnh hãy tải lên mục Ảnh.'
export const TOO_LARGE_UPLOAD = 'Tệp quá lớn: tối đa 20 MB mỗi ảnh.'

type RouteArgs = { params: Promise<{ slug?: string[] }> }
type RouteHandler = (request: Request, args: RouteArgs) => Promise<Response>

function tooLarge(message: string): Response {
  // `Connection: close`: the server stops reading the rest of the body instead of draining it.
  return Response.json({ errors: [{ message }] }, { status: 413, headers: { connection: 'close' } })
}

/** The body read up to `max` bytes, or null once it grows past it (the rest is never read). */
async function readAtMost(body: ReadableStream<Uint8Array>, max: number): Promise<Buffer | null> {
  const reader = body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > max) {
      await reader.cancel()
      return null
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks)
}

/**
 * Payload reads a request's whole body (JSON.parse of the text, or every part of a form) before
 * it looks at who is asking: a 30 MB body was read in full to answer 403. This refuses a body by
 * its size first: by its Content-Length before reading a byte, or, sent without one (chunked), as
 * soon as it grows past the limit. Uploads to an upload collection may be an image's size; all
 * else is data. Wraps Payload's POST, PATCH and PUT route handlers.
 */
export function limitBodySize(
  handler: RouteHandler,
  config: Promise<SanitizedConfig> | SanitizedConfig,
): RouteHandler {
  return async (request, args) => {
    if (!request.body) return handler(request, args)
    const { slug = [] } = await args.params
    const collection = (await config).collections.find((c) => c.slug === slug[0])
    const isUpload =
      Boolean(collection?.upload) && /^multipart\//i.test(request.headers.get('content-type') ?? '')
    const max = isUpload ? MAX_UPLOAD_BYTES + UPLOAD_FORM_OVERHEAD : MAX_DATA_BYTES
    const message = isUpload ? TOO_LARGE_UPLOAD : TOO_LARGE_DATA
    const declared = request.headers.get('content-length')
    if (declared !== null)
      return Number(declared) > max ? tooLarge(message) : handler(request, args)
    const body = await readAtMost(request.body, max)
    if (body === null) return tooLarge(message)
    const init = {
      method: request.method,
      headers: request.headers,
      body: new Uint8Array(body),
      signal: request.signal,
    }
    const buffered = new Request(request.url, init)
    return handler(buffered, args)
  }
}
