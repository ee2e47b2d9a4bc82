import { createServer, type Server } from 'node:http'
import { Readable } from 'node:stream'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { restRoutes } from '../../cms/endpoints/restRoutes'
import { createBasics, makeJpeg } from '../helpers/content'
import { startTestCms, type TestCms } from '../helpers/payload'
import { createStaff } from '../helpers/staff'

// The first of this suite's ports (5700-5719): a real HTTP server in front of the API route's handlers.
const PORT = 5700
const API = `http://127.0.0.1:${PORT}/api`

let cms: TestCms
let server: Server
let staff: Awaited<ReturnType<typeof createStaff>>
let basics: Awaited<ReturnType<typeof createBasics>>
let article: { id: number | string }

beforeAll(async () => {
  cms = await startTestCms()
  staff = await createStaff(cms.payload)
  basics = await createBasics(cms.payload)
  article = await cms.payload.create({
    collection: 'articles',
    data: { title: 'Bài đang đăng', lead: 'Sapo', category: basics.category.id, authors: [basics.author.id], heroImage: basics.media.id, _status: 'published' },
  })
  const routes = restRoutes(cms.config) as Record<string, (req: Request, args: never) => Promise<Response>>
  server = createServer(async (incoming, outgoing) => {
    const url = new URL(incoming.url ?? '/', `http://127.0.0.1:${PORT}`)
    const headers = new Headers()
    for (const [name, value] of Object.entries(incoming.headers)) if (typeof value === 'string') headers.set(name, value)
    const hasBody = incoming.method !== 'GET' && incoming.method !== 'HEAD'
    const body = hasBody ? (Readable.toWeb(incoming) as ReadableStream) : undefined
    const request = new Request(url, { method: incoming.method, headers, body, duplex: 'half' } as RequestInit)
    const slug = url.pathname.replace(/^\/api\//, '').split('/').filter(Boolean).map(decodeURIComponent)
    const response = await routes[incoming.method ?? 'GET'](request, { params: Promise.resolve({ slug }) } as never)
    outgoing.writeHead(response.status, Object.fromEntries(response.headers)).end(Buffer.from(await response.arrayBuffer()))
  })
  await new Promise<void>((resolve) => server.listen(PORT, '127.0.0.1', resolve))
})
afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve))
  await cms?.close()
})

type Who = 'admin' | 'editor' | 'reporter'

async function send(method: string, path: string, { who, body, type }: { who?: Who; body?: BodyInit; type?: string } = {}) {
  const headers = new Headers()
  if (who) headers.set('authorization', `JWT ${staff[who].token}`)
  if (type) headers.set('content-type', type)
  const res = await fetch(`${API}${path}`, { method, headers, body })
  const text = await res.text()
  let json: any = null
  try {
    json = JSON.parse(text)
  } catch {
    // Not JSON: the assertions below say so.
  }
  return { status: res.status, json, message: String(json?.errors?.[0]?.message ?? '') }
}

describe('email verification, which is off', () => {
  test.each(['abc', '1', 'a'.repeat(64)])('POST /users/verify/%s answers 404 saying there is no verification', async (token) => {
    const res = await send('POST', `/users/verify/${token}`)
    expect(res.status).toBe(404)
    expect(res.message).toMatch(/^Không có bước xác minh email: tài khoản do quản trị viên tạo/)
  })
})

describe('filters with values the field cannot hold', () => {
  test.each([
    ['/articles?where[id][in]=abc', 'id', 'abc', undefined],
    ['/articles?where[id][equals]=abc', 'id', 'abc', undefined],
    ['/articles?where[category][equals]=x', 'category', 'x', undefined],
    ['/articles?where[category][in]=x,y', 'category', 'x', undefined],
    ['/articles?where[authors][in]=1,x', 'authors', 'x', undefined],
    ['/articles?where[authors][contains]=x', 'authors', 'x', undefined],
    ['/articles?where[heroImage][equals]=x', 'heroImage', 'x', undefined],
    ['/articles?where[category.id][equals]=x', 'category.id', 'x', undefined],
    ['/articles?where[or][0][id][in]=abc', 'id', 'abc', undefined],
    ['/categories?where[id][in]=1,abc', 'id', 'abc', undefined],
    ['/media?where[id][in]=abc', 'id', 'abc', undefined],
    ['/authors?where[photo][equals]=x', 'photo', 'x', undefined],
    ['/articles?where[id][in]=1e400', 'id', '1e400', 'editor'],
    ['/articles/versions?where[parent][equals]=abc', 'parent', 'abc', 'editor'],
    ['/articles/versions?where[version.category][equals]=x', 'version.category', 'x', 'editor'],
    ['/payload-preferences?where[user][equals]=abc', 'user', 'abc', 'editor'],
    ['/users?where[id][in]=abc', 'id', 'abc', 'admin'],
  ] as const)('GET %s answers 400 naming the field and the value', async (path, field, value, who) => {
    const res = await send('GET', path, { who })
    expect(res.status).toBe(400)
    expect(res.message).toBe(`Bộ lọc không hợp lệ: "${field}" là mã tài liệu (số nguyên dương, ví dụ 42), không phải "${value}".`)
  })

  test('a date that is no date, an object or a list where one value goes, a map search: 400 with what to send', async () => {
    const date = await send('GET', '/articles?where[publishedAt][greater_than]=abc')
    expect([date.status, date.message]).toEqual([400, 'Bộ lọc không hợp lệ: "publishedAt" là ngày giờ (ví dụ 2026-01-31), không phải "abc".'])
    for (const path of ['/articles?where[title][equals][a]=1', '/articles?where[title][equals]=a&where[title][equals]=b', '/articles?where[seo.metaTitle][equals][x]=1']) {
      const res = await send('GET', path)
      expect(res.status).toBe(400)
      expect(res.message).toMatch(/^Bộ lọc không hợp lệ: "(title|seo\.metaTitle)" với "equals" cần một giá trị \(chữ hoặc số\)/)
    }
    const near = await send('GET', '/articles?where[title][near]=1,2')
    expect([near.status, near.message]).toEqual([400, 'Bộ lọc không hợp lệ: toán tử "near" chỉ dùng cho tọa độ; "title" không phải là tọa độ.'])
    const inside = await send('GET', '/articles?where[body.root][equals]=x')
    expect([inside.status, inside.message]).toEqual([400, 'Bộ lọc không hợp lệ: không lọc được bên trong nội dung "body.root".'])
  })

  test('`where` or `data` given whole that is not JSON, or not conditions: 400', async () => {
    for (const path of ['/articles?where=abc', '/articles?where={bad', '/articles/count?where=abc', '/articles?data=abc']) {
      const res = await send('GET', path)
      expect(res.status).toBe(400)
      expect(res.message).toMatch(/^Tham số "(where|data)" không phải JSON hợp lệ/)
    }
    const notConditions = await send('GET', `/articles?where=${encodeURIComponent('[1]')}`)
    expect(notConditions.status).toBe(400)
    expect(notConditions.message).toMatch(/^Bộ lọc không hợp lệ: "where" phải là các điều kiện theo trường/)
  })

  test('staff bulk changes with such a filter are refused and change nothing', async () => {
    const del = await send('DELETE', '/articles?where[id][in]=abc', { who: 'editor' })
    expect(del.status).toBe(400)
    const patch = await send('PATCH', '/articles?where[category][equals]=x', { who: 'editor', body: '{"title":"Đổi hết"}', type: 'application/json' })
    expect(patch.status).toBe(400)
    expect((await cms.payload.findByID({ collection: 'articles', id: article.id })).title).toBe('Bài đang đăng')
  })

  test('well-formed filters still find the article', async () => {
    const c = basics.category.id
    for (const path of [
      `/articles?where[category][equals]=${c}`,
      `/articles?where[id][in]=${article.id},999`,
      `/articles?where[authors][in]=${basics.author.id}`,
      `/articles?where[category][not_equals]=null&where[publishedAt][less_than]=2999-01-01`,
      `/articles?where=${encodeURIComponent(JSON.stringify({ id: { equals: article.id } }))}`,
    ]) {
      const res = await send('GET', path)
      expect(res.status, path).toBe(200)
      expect(res.json.docs.map((d: { title: string }) => d.title)).toEqual(['Bài đang đăng'])
    }
  })
})

describe('paging', () => {
  test.each(['1e308', '99999999999999999999', '-1', 'abc', '1000001'])('?page=%s answers 400', async (page) => {
    const res = await send('GET', `/articles?page=${page}`)
    expect(res.status).toBe(400)
    expect(res.message).toBe('Số trang không hợp lệ: "page" là một số nguyên từ 1 đến 1.000.000.')
  })

  test('page 1 and a page past the end still answer 200', async () => {
    expect((await send('GET', '/articles?page=1')).json.docs).toHaveLength(1)
    expect((await send('GET', '/articles?page=5')).json.docs).toHaveLength(0)
  })
})

describe('bodies Payload cannot read', () => {
  const JSON_TYPE = 'application/json'

  test.each([['null'], ['"chữ"'], ['[1,2]'], ['42']])('JSON body %s: 400 asking for an object', async (body) => {
    for (const [path, who] of [['/articles', 'editor'], ['/users', 'admin'], [`/articles/${article.id}`, 'editor']] as const) {
      const res = await send(path.includes('/articles/') ? 'PATCH' : 'POST', path, { who, body, type: JSON_TYPE })
      expect(res.status, path).toBe(400)
      expect(res.message).toMatch(/^Dữ liệu gửi lên phải là một đối tượng JSON/)
    }
  })

  test('broken JSON: 400 in Vietnamese', async () => {
    const res = await send('POST', '/articles', { who: 'editor', body: '{"title": "x"', type: JSON_TYPE })
    expect([res.status, res.message]).toEqual([400, 'Dữ liệu gửi lên không phải JSON hợp lệ. Hãy kiểm tra dấu ngoặc, dấu phẩy và dấu nháy kép.'])
  })

  test('a body of another type, or with no type: 415', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', undefined]) {
      const res = await send('POST', '/articles', { who: 'editor', body: 'title=x', type })
      expect(res.status).toBe(415)
      expect(res.message).toMatch(/^Kiểu dữ liệu gửi lên không được nhận/)
    }
  })

  test('no body at all: creating asks for the required fields, updating changes nothing', async () => {
    const created = await send('POST', '/articles', { who: 'editor' })
    expect(created.status).toBe(400)
    expect(created.json.errors[0].name).toBe('ValidationError')
    const updated = await send('PATCH', `/articles/${article.id}`, { who: 'editor' })
    expect(updated.status).toBe(200)
    expect(updated.json.doc.title).toBe('Bài đang đăng')
  })

  test('rich text that is not an editor tree: 400 on the field', async () => {
    const base = { title: 'Bài hỏng', lead: 'Sapo', category: basics.category.id, authors: [basics.author.id] }
    for (const body of ['abc', { root: 'x' }, { root: { type: 'root', children: 'x' } }, { root: { type: 'root', children: [{ type: 'paragraph', children: [1] }] } }]) {
      const res = await send('POST', '/articles', { who: 'editor', body: JSON.stringify({ ...base, body }), type: JSON_TYPE })
      expect(res.status, JSON.stringify(body)).toBe(400)
      expect(res.json.errors[0].data.errors[0]).toMatchObject({ path: 'body' })
      expect(res.json.errors[0].data.errors[0].message).toMatch(/^Nội dung không đúng định dạng của trình soạn thảo/)
    }
    expect((await cms.payload.find({ collection: 'articles', where: { title: { equals: 'Bài hỏng' } } })).totalDocs).toBe(0)
  })
})

describe('upload forms Payload cannot read', () => {
  const BOUNDARY = 'ranh-gioi-7'
  const FORM = `multipart/form-data; boundary=${BOUNDARY}`
  const filePart = (name: string) =>
    `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: image/jpeg\r\n\r\n`

  test('a form cut short ("Unexpected end of form"): 400, anonymous or staff', async () => {
    for (const who of [undefined, 'reporter'] as const) {
      const res = await send('POST', '/media', { who, body: `${filePart('anh.jpg')}\xff\xd8\xff`, type: FORM })
      expect(res.status).toBe(400)
      expect(res.message).toBe('Biểu mẫu tải lên bị cắt giữa chừng (mạng ngắt hoặc tải bị hủy). Hãy tải lại tệp.')
    }
  })

  test('a control character in the file name ("Malformed part header"): 400 saying what to rename', async () => {
    const body = `${filePart('anh\u0007.jpg')}abc\r\n--${BOUNDARY}--\r\n`
    for (const who of [undefined, 'reporter'] as const) {
      const res = await send('POST', '/media', { who, body, type: FORM })
      expect(res.status).toBe(400)
      expect(res.message).toMatch(/^Biểu mẫu tải lên có tên tệp hoặc tên trường chứa ký tự không hợp lệ/)
    }
  })

  test('no boundary, garbage, or a _payload that is not JSON: 400', async () => {
    const noBoundary = await send('POST', '/media', { who: 'reporter', body: 'abc', type: 'multipart/form-data' })
    expect([noBoundary.status, noBoundary.message]).toEqual([400, 'Biểu mẫu tải lên không đọc được (sai định dạng multipart/form-data). Hãy tải lại tệp từ trang quản trị.'])
    const garbage = await send('POST', '/articles', { who: 'editor', body: 'garbage', type: FORM })
    expect(garbage.status).toBe(400)
    const payload = `--${BOUNDARY}\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n{"caption":\r\n--${BOUNDARY}--\r\n`
    const badPayload = await send('POST', '/media', { who: 'reporter', body: payload, type: FORM })
    expect([badPayload.status, badPayload.message]).toEqual([400, 'Dữ liệu gửi lên không phải JSON hợp lệ. Hãy kiểm tra dấu ngoặc, dấu phẩy và dấu nháy kép.'])
  })

  test('a well-formed upload is still stored', async () => {
    const form = new FormData()
    form.set('_payload', JSON.stringify({ caption: 'Ảnh tải lên đúng', alt: 'Ảnh tải lên đúng' }))
    form.set('file', new Blob([new Uint8Array(await makeJpeg(320, 200))], { type: 'image/jpeg' }), 'anh-dung.jpg')
    const res = await send('POST', '/media', { who: 'reporter', body: form })
    expect(res.status).toBe(201)
    expect(res.json.doc.caption).toBe('Ảnh tải lên đúng')
  })
})
