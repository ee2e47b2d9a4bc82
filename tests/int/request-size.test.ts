import { REST_PATCH, REST_POST } from '@payloadcms/next/routes'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { limitBodySize, TOO_LARGE_DATA, TOO_LARGE_UPLOAD } from '../../cms/endpoints/limitBodySize'
import { createBasics, paragraph, richText } from '../helpers/content'
import { startTestCms, type TestCms } from '../helpers/payload'
import { createStaffMember, type StaffMember } from '../helpers/staff'

let cms: TestCms
let editor: StaffMember
let basics: Awaited<ReturnType<typeof createBasics>>
let post: ReturnType<typeof limitBodySize>
let patch: ReturnType<typeof limitBodySize>
const MB = 1024 * 1024

beforeAll(async () => {
  cms = await startTestCms()
  await createStaffMember(cms.payload, 'admin', 'admin')
  editor = await createStaffMember(cms.payload, 'editor', 'editor')
  basics = await createBasics(cms.payload)
  // What the API route exports (cms/app/(payload)/api/[...slug]/route.ts).
  post = limitBodySize(REST_POST(cms.config), cms.config)
  patch = limitBodySize(REST_PATCH(cms.config), cms.config)
})
afterAll(async () => cms?.close())

/**
 * Valid JSON of `size` bytes (an article padded with spaces, which JSON allows), handed out 64 KB
 * at a time on demand, counting what was read.
 */
function countedBody(size: number) {
  const start = new TextEncoder().encode('{"title":"Bài rất lớn"}'.padEnd(64 * 1024, ' '))
  const chunk = new TextEncoder().encode(' '.repeat(64 * 1024))
  const counter = { read: 0 }
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (counter.read >= size) return controller.close()
      const piece = (counter.read === 0 ? start : chunk).subarray(
        0,
        Math.min(chunk.byteLength, size - counter.read),
      )
      counter.read += piece.byteLength
      controller.enqueue(piece)
    },
  })
  return { stream, counter }
}

async function send(
  handler: typeof post,
  path: string,
  body: BodyInit,
  {
    type = 'application/json',
    length,
    token,
  }: { type?: string; length?: number; token?: string } = {},
) {
  const headers = new Headers({ 'content-type': type })
  if (length !== undefined) headers.set('content-length', String(length))
  if (token) headers.set('authorization', `JWT ${token}`)
  const method = handler === post ? 'POST' : 'PATCH'
  const request = new Request(`http://localhost:3000/api${path}`, {
    method,
    headers,
    body,
    duplex: 'half',
  } as RequestInit)
  const response = await handler(request, {
    params: Promise.resolve({ slug: path.slice(1).split('/') }),
  })
  return { status: response.status, json: await response.json() }
}

describe('request bodies are refused by size before they are read', () => {
  test('30 MB of JSON with its Content-Length: 413 without reading a byte', async () => {
    const { stream, counter } = countedBody(30 * MB)
    const started = performance.now()
    const res = await send(post, '/articles', stream, { length: 30 * MB })
    expect(res.status).toBe(413)
    expect(res.json.errors[0].message).toBe(TOO_LARGE_DATA)
    expect(counter.read).toBeLessThanOrEqual(64 * 1024)
    expect(performance.now() - started).toBeLessThan(1000)
  })

  test('30 MB of JSON sent chunked (no Content-Length): 413 once 2 MB have arrived', async () => {
    const { stream, counter } = countedBody(30 * MB)
    const res = await send(post, '/articles', stream, { token: editor.token })
    expect(res.status).toBe(413)
    expect(res.json.errors[0].message).toBe(TOO_LARGE_DATA)
    expect(counter.read).toBeLessThanOrEqual(2 * MB + 128 * 1024)
  })

  test('an upload over 20 MB is refused with the upload message', async () => {
    const { stream, counter } = countedBody(25 * MB)
    const res = await send(post, '/media', stream, {
      type: 'multipart/form-data; boundary=x',
      length: 25 * MB,
      token: editor.token,
    })
    expect(res.status).toBe(413)
    expect(res.json.errors[0].message).toBe(TOO_LARGE_UPLOAD)
    expect(counter.read).toBeLessThanOrEqual(64 * 1024)
  })

  test('form data for an article is data, not an upload: 3 MB is refused', async () => {
    const form = new FormData()
    form.set('_payload', JSON.stringify({ title: 'Bài', lead: 'x'.repeat(3 * MB) }))
    const res = await send(post, '/articles', new Response(form).body!, {
      type: new Response(form).headers.get('content-type')!,
      token: editor.token,
    })
    expect(res.status).toBe(413)
    expect(res.json.errors[0].message).toBe(TOO_LARGE_DATA)
  })

  test('ordinary requests pass unchanged, with or without Content-Length', async () => {
    const article = JSON.stringify({
      title: 'Bài bình thường',
      lead: 'Sapo',
      body: richText(paragraph('Nội dung')),
      authors: [basics.author.id],
      category: basics.category.id,
    })
    const anonymous = await send(post, '/articles', article, { length: Buffer.byteLength(article) })
    expect(anonymous.status).toBe(403)
    const created = await send(post, '/articles', article, {
      length: Buffer.byteLength(article),
      token: editor.token,
    })
    expect(created.status).toBe(201)
    const chunked = new Blob([JSON.stringify({ title: 'Bài sửa không Content-Length' })]).stream()
    const edited = await send(patch, `/articles/${created.json.doc.id}`, chunked, {
      token: editor.token,
    })
    expect(edited.status).toBe(200)
    expect(edited.json.doc.title).toBe('Bài sửa không Content-Length')
  })

  test('an image of 3 MB, above the data limit, uploads', async () => {
    const noise = Buffer.alloc(1600 * 1200 * 3)
    for (let i = 0; i < noise.length; i++) noise[i] = (i * 2654435761) >>> 24
    const jpeg = await sharp(noise, { raw: { width: 1600, height: 1200, channels: 3 } })
      .jpeg({ quality: 100 })
      .toBuffer()
    expect(jpeg.byteLength).toBeGreaterThan(2 * MB)
    const form = new FormData()
    form.set('file', new Blob([jpeg], { type: 'image/jpeg' }), 'nhieu.jpg')
    form.set('_payload', JSON.stringify({ caption: 'Ảnh lớn', alt: 'Ảnh lớn' }))
    const encoded = new Response(form)
    const bytes = await encoded.arrayBuffer()
    const res = await send(post, '/media', bytes, {
      type: encoded.headers.get('content-type')!,
      length: bytes.byteLength,
      token: editor.token,
    })
    expect(res.status).toBe(201)
    expect(res.json.doc.caption).toBe('Ảnh lớn')
  })
})
