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
    data: {
      title: 'Bài đang đăng',
      lead: 'Sapo',
      category: basics.category.id,
      authors: [basics.author.id],
      heroImage: basics.media.id,
      _status: 'published',
    },
  })
  const routes = restRoutes(cms.config) as Record<
    string,
    (req: Request, args: never) => Promise<Response>
  >
  server = createServer(async (incoming, outgoing) => {
    const url = new URL(incoming.url ?? '/', `http://127.0.0.1:${PORT}`)
    const headers = new Headers()
    for (const [name, value] of Object.entries(incoming.headers))
      if (typeof value === 'string') headers.set(name, value)
    const hasBody = incoming.method !== 'GET' && incoming.method !== 'HEAD'
    const body = hasBody ? (Readable.toWeb(incoming) as ReadableStream) : undefined
    const request = new Request(url, {
      method: incoming.method,
      headers,
      body,
      duplex: 'half',
    } as RequestInit)
    const slug = url.pathname
      .replace(/^\/api\//, '')
      .split('/')
      .filter(Boolean)
      .map(decodeURIComponent)
    const response = await routes[incoming.method ?? 'GET'](request, {
      params: Promise.resolve({ slug }),
    } as never)
    outgoing
      .writeHead(response.status, Object.fromEntries(response.headers))
      .end(Buffer.from(await response.arrayBuffer()))
  })
  await new Promise<void>((resolve) => server.listen(PORT, '127.0.0.1', resolve))
})
afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve))
  await cms?.close()
})

type Who = 'admin' | 'editor' | 'reporter'

async function send(
  method: string,
  path: string,
  { who, body, type }: { who?: Who; body?: BodyInit; type?: string } = {},
) {
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
  test.each(['abc', '1', 'a'.repeat(64)])(
    'POST /users/verify/%s answers 404 saying there is no verification',
    async (token) => {
      const res = await send('POST', `/users/verify/${token}`)
      expect(res.status).toBe(404)
      expect(res.message).toMatch(/^Không có bước xác minh email: tài khoản do quản trị viên tạo/)
    },
  )
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
  ] as const)(
    'GET %s answers 400 naming the field and the value',
    async (path, field, value, who) => {
      const res = await send('GET', path, { who })
      expect(res.status).toBe(400)
      expect(res.message).toBe(
        `Bộ lọc không hợp lệ: "${field}" là mã tài liệu (số nguyên dương, ví dụ 42), không phải "${value}".`,
      )
    },
  )

  test('a date that is no date, an object or a list where one value goes, a map search: 400 with what to send', async () => {
    const date = await send('GET', '/articles?where[publishedAt][greater_than]=abc')
    expect([date.status, date.message]).toEqual([
      400,
      'Bộ lọc không hợp lệ: "publishedAt" là ngày giờ (ví dụ 2026-01-31), không phải "abc".',
    ])
    for (const path of [
      '/articles?where[title][equals][a]=1',
      '/articles?where[title][equals]=a&where[title][equals]=b',
      '/articles?where[seo.metaTitle][equals][x]=1',
    ]) {
      const res = await send('GET', path)
      expect(res.status).toBe(400)
      expect(res.message).toMatch(
        /^Bộ lọc không hợp lệ: "(title|seo\.metaTitle)" với "equals" cần một giá trị \(chữ hoặc số\)/,
      )
    }
    const near = await send('GET', '/articles?where[title][near]=1,2')
    expect([near.status, near.message]).toEqual([
      400,
      'Bộ lọc không hợp lệ: toán tử "near" chỉ dùng cho tọa độ; "title" không phải là tọa độ.',
    ])
    const inside = await send('GET', '/articles?where[body.root][equals]=x')
    expect([inside.status, inside.message]).toEqual([
      400,
      'Bộ lọc không hợp lệ: không lọc được bên trong nội dung "body.root".',
    ])
  })

  test('`where` or `data` given whole that is not JSON, or not conditions: 400', async () => {
    for (const path of [
      '/articles?where=abc',
      '/articles?where={bad',
      '/articles/count?where=abc',
      '/articles?data=abc',
    ]) {
      const res = await send('GET', path)
      expect(res.status).toBe(400)
      expect(res.message).toMatch(/^Tham số "(where|data)" không phải JSON hợp lệ/)
    }
    const notConditions = await send('GET', `/articles?where=${encodeURIComponent('[1]')}`)
    expect(notConditions.status).toBe(400)
    expect(notConditions.message).toMatch(
      /^Bộ lọc không hợp lệ: "where" phải là các điều kiện theo trường/,
    )
  })

  test('staff bulk changes with such a filter are refused and change nothing', async () => {
    const del = await send('DELETE', '/articles?where[id][in]=abc', { who: 'editor' })
    expect(del.status).toBe(400)
    const patch = await send('PATCH', '/articles?where[category][equals]=x', {
      who: 'editor',
      body: '{"title":"Đổi hết"}',
      type: 'application/json',
    })
    expect(patch.status).toBe(400)
    expect((await cms.payload.findByID({ collection: 'articles', id: article.id })).title).toBe(
      'Bài đang đăng',
    )
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
  test.each(['1e308', '99999999999999999999', '-1', 'abc', '1000001'])(
    '?page=%s answers 400',
    async (page) => {
      const res = await send('GET', `/articles?page=${page}`)
      expect(res.status).toBe(400)
      expect(res.message).toBe('Số trang không hợp lệ: "page" là một số nguyên từ 1 đến 1.000.000.')
    },
  )

  test('page 1 and a page past the end still answer 200', async () => {
    expect((await send('GET', '/articles?page=1')).json.docs).toHaveLength(1)
    expect((await send('GET', '/articles?page=5')).json.docs).toHaveLength(0)
  })
})

describe('bodies Payload cannot read', () => {
  const JSON_TYPE = 'application/json'

  test.each([['null'], ['"chữ"'], ['[1,2]'], ['42']])(
    'JSON body %s: 400 asking for an object',
    async (body) => {
      for (const [path, who] of [
        ['/articles', 'editor'],
        ['/users', 'admin'],
        [`/articles/${article.id}`, 'editor'],
      ] as const) {
        const res = await send(path.includes('/articles/') ? 'PATCH' : 'POST', path, {
          who,
          body,
          type: JSON_TYPE,
        })
        expect(res.status, path).toBe(400)
        expect(res.message).toMatch(/^Dữ liệu gửi lên phải là một đối tượng JSON/)
      }
    },
  )

  test('broken JSON: 400 in Vietnamese', async () => {
    const res = await send('POST', '/articles', {
      who: 'editor',
      body: '{"title": "x"',
      type: JSON_TYPE,
    })
    expect([res.status, res.message]).toEqual([
      400,
      'Dữ liệu gửi lên không phải JSON hợp lệ. Hãy kiểm tra dấu ngoặc, dấu phẩy và dấu nháy kép.',
    ])
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
    const base = {
      title: 'Bài hỏng',
      lead: 'Sapo',
      category: basics.category.id,
      authors: [basics.author.id],
    }
    for (const body of [
      'abc',
      { root: 'x' },
      { root: { type: 'root', children: 'x' } },
      { root: { type: 'root', children: [{ type: 'paragraph', children: [1] }] } },
    ]) {
      const res = await send('POST', '/articles', {
        who: 'editor',
        body: JSON.stringify({ ...base, body }),
        type: JSON_TYPE,
      })
      expect(res.status, JSON.stringify(body)).toBe(400)
      expect(res.json.errors[0].data.errors[0]).toMatchObject({ path: 'body' })
      expect(res.json.errors[0].data.errors[0].message).toMatch(
        /^Nội dung không đúng định dạng của trình soạn thảo/,
      )
    }
    expect(
      (await cms.payload.find({ collection: 'articles', where: { title: { equals: 'Bài hỏng' } } }))
        .totalDocs,
    ).toBe(0)
  })
})

describe('upload forms Payload cannot read', () => {
  const BOUNDARY = 'ranh-gioi-7'
  const FORM = `multipart/form-data; boundary=${BOUNDARY}`
  const filePart = (name: string) =>
    `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: image/jpeg\r\n\r\n`

  test('a form cut short ("Unexpected end of form"): 400, anonymous or staff', async () => {
    for (const who of [undefined, 'reporter'] as const) {
      const res = await send('POST', '/media', {
        who,
        body: `${filePart('anh.jpg')}\xff\xd8\xff`,
        type: FORM,
      })
      expect(res.status).toBe(400)
      expect(res.message).toBe(
        'Biểu mẫu tải lên bị cắt giữa chừng (mạng ngắt hoặc tải bị hủy). Hãy tải lại tệp.',
      )
    }
  })

  test('a control character in the file name ("Malformed part header"): 400 saying what to rename', async () => {
    const body = `${filePart('anh\u0007.jpg')}abc\r\n--${BOUNDARY}--\r\n`
    for (const who of [undefined, 'reporter'] as const) {
      const res = await send('POST', '/media', { who, body, type: FORM })
      expect(res.status).toBe(400)
      expect(res.message).toMatch(
        /^Biểu mẫu tải lên có tên tệp hoặc tên trường chứa ký tự không hợp lệ/,
      )
    }
  })

  test('no boundary, garbage, or a _payload that is not JSON: 400', async () => {
    const noBoundary = await send('POST', '/media', {
      who: 'reporter',
      body: 'abc',
      type: 'multipart/form-data',
    })
    expect([noBoundary.status, noBoundary.message]).toEqual([
      400,
      'Biểu mẫu tải lên không đọc được (sai định dạng multipart/form-data). Hãy tải lại tệp từ trang quản trị.',
    ])
    const garbage = await send('POST', '/articles', { who: 'editor', body: 'garbage', type: FORM })
    expect(garbage.status).toBe(400)
    const payload = `--${BOUNDARY}\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n{"caption":\r\n--${BOUNDARY}--\r\n`
    const badPayload = await send('POST', '/media', { who: 'reporter', body: payload, type: FORM })
    expect([badPayload.status, badPayload.message]).toEqual([
      400,
      'Dữ liệu gửi lên không phải JSON hợp lệ. Hãy kiểm tra dấu ngoặc, dấu phẩy và dấu nháy kép.',
    ])
  })

  test('a well-formed upload is still stored', async () => {
    const form = new FormData()
    form.set('_payload', JSON.stringify({ caption: 'Ảnh tải lên đúng', alt: 'Ảnh tải lên đúng' }))
    form.set(
      'file',
      new Blob([new Uint8Array(await makeJpeg(320, 200))], { type: 'image/jpeg' }),
      'anh-dung.jpg',
    )
    const res = await send('POST', '/media', { who: 'reporter', body: form })
    expect(res.status).toBe(201)
    expect(res.json.doc.caption).toBe('Ảnh tải lên đúng')
  })
})

describe('per-id routes with an id that cannot exist', () => {
  const notAnId = (asked: string) =>
    `Không tìm thấy: "${asked}" không phải là mã tài liệu (mã là một số nguyên dương, ví dụ 42).`

  test.each([
    ['GET', '/articles/abc', undefined, 'abc'],
    ['POST', '/articles/abc/duplicate', 'editor', 'abc'],
    ['POST', '/articles/1e1/duplicate', 'editor', '1e1'],
    ['POST', '/articles/0/duplicate', 'editor', '0'],
    ['POST', '/categories/x/duplicate', 'editor', 'x'],
    ['GET', '/articles/versions/1e1', 'editor', '1e1'],
    ['POST', '/articles/versions/abc', 'editor', 'abc'],
    ['POST', '/articles/access/1e1', 'editor', '1e1'],
    ['GET', '/payload-locked-documents/abc', 'editor', 'abc'],
    ['GET', '/payload-jobs/abc', 'admin', 'abc'],
  ] as const)(
    '%s %s answers 404 with the same message as a read by that id',
    async (method, path, who, asked) => {
      const res = await send(method, path, {
        who,
        ...(method === 'POST' ? { body: '{}', type: 'application/json' } : {}),
      })
      expect([res.status, res.message]).toEqual([404, notAnId(asked)])
    },
  )

  test('nothing was duplicated, and a well-formed id still duplicates the article', async () => {
    const before = await cms.payload.count({ collection: 'articles' })
    await send('POST', '/articles/abc/duplicate', {
      who: 'editor',
      body: '{}',
      type: 'application/json',
    })
    expect((await cms.payload.count({ collection: 'articles' })).totalDocs).toBe(before.totalDocs)
    const copy = await send('POST', `/articles/${article.id}/duplicate`, {
      who: 'editor',
      body: '{}',
      type: 'application/json',
    })
    expect(copy.status).toBe(200)
    expect(copy.json.doc.title).toMatch(/^Bài đang đăng/)
    expect(copy.json.doc.id).not.toBe(article.id)
    await cms.payload.delete({
      collection: 'articles',
      id: copy.json.doc.id,
      trash: false,
    } as never)
  })

  test('routes Payload answers before any hook: 4xx or plain permissions, never 500', async () => {
    // Accounts cannot be duplicated (Payload leaves the route out for auth collections).
    expect(
      (
        await send('POST', '/users/abc/duplicate', {
          who: 'admin',
          body: '{}',
          type: 'application/json',
        })
      ).status,
    ).toBe(404)
    // NaN is "no id" to Payload's version read: its own 400, before the hooks run.
    expect(await send('GET', '/articles/versions/abc', { who: 'editor' })).toMatchObject({
      status: 400,
      message: 'Missing ID of version.',
    })
    // The same NaN makes the access check answer for the collection, without reading a document.
    const access = await send('POST', '/articles/access/abc', {
      who: 'editor',
      body: '{}',
      type: 'application/json',
    })
    expect([access.status, access.json.update]).toEqual([200, true])
    // Preferences are found by their key, which may be any text.
    expect((await send('GET', '/payload-preferences/abc', { who: 'editor' })).status).toBe(200)
    const del = await send('DELETE', '/payload-preferences/abc', { who: 'editor' })
    expect([del.status, del.message]).toEqual([
      404,
      'Không tìm thấy tùy chọn "abc" của tài khoản này: không có gì để xóa.',
    ])
    // One the editor has is still deleted, once.
    const saved = await send('POST', '/payload-preferences/cot-bai-viet', {
      who: 'editor',
      body: '{"value":{"columns":["title"]}}',
      type: 'application/json',
    })
    expect(saved.status).toBe(200)
    expect(
      (await send('DELETE', '/payload-preferences/cot-bai-viet', { who: 'editor' })).status,
    ).toBe(200)
    expect(
      (await send('DELETE', '/payload-preferences/cot-bai-viet', { who: 'editor' })).status,
    ).toBe(404)
    for (const body of [
      '{}',
      '{"email":5}',
      '{"email":["a@b.c"]}',
      '{"email":{"x":1}}',
      '{"email":"khong-co@congan.test"}',
    ]) {
      const res = await send('POST', '/users/unlock', {
        who: 'admin',
        body,
        type: 'application/json',
      })
      expect(res.status, body).toBeGreaterThanOrEqual(400)
      expect(res.status, body).toBeLessThan(500)
    }
  })
})

describe('tags that are not a list of words', () => {
  const base = () => ({
    title: 'Bài có từ khóa hỏng',
    lead: 'Sapo',
    category: basics.category.id,
    authors: [basics.author.id],
  })
  const NOT_A_LIST = /^Từ khóa phải là một danh sách/
  const NOT_TEXT = /^Từ khóa thứ \d+ không phải là chữ/

  test.each([
    ['"abc"', 'abc', NOT_A_LIST],
    ['42', 42, NOT_A_LIST],
    ['an object', { a: 1 }, NOT_A_LIST],
    ['a list with a number', ['an ninh', 5], NOT_TEXT],
    ['a list with an object', [{ a: 1 }], NOT_TEXT],
    ['a list with null', ['an ninh', null], NOT_TEXT],
    ['a list with a list', [['a']], NOT_TEXT],
  ] as const)(
    'tags %s: 400 on the field, on create, update and draft save',
    async (_name, tags, message) => {
      const attempts = [
        ['POST', '/articles'],
        ['POST', '/articles?draft=true'],
        ['PATCH', `/articles/${article.id}`],
        ['PATCH', `/articles/${article.id}?draft=true&autosave=true`],
      ] as const
      for (const [method, path] of attempts) {
        const res = await send(method, path, {
          who: 'editor',
          body: JSON.stringify({ ...base(), tags }),
          type: 'application/json',
        })
        expect(res.status, `${method} ${path}`).toBe(400)
        expect(res.json.errors[0].data.errors[0]).toMatchObject({ path: 'tags' })
        expect(res.json.errors[0].data.errors[0].message).toMatch(message)
      }
      expect(
        (
          await cms.payload.find({
            collection: 'articles',
            draft: true,
            where: { title: { equals: 'Bài có từ khóa hỏng' } },
          })
        ).totalDocs,
      ).toBe(0)
      const kept = await cms.payload.findByID({
        collection: 'articles',
        id: article.id,
        draft: true,
      })
      expect([kept.title, kept.tags ?? []]).toEqual(['Bài đang đăng', []])
    },
  )

  test('a list of words, an empty list and null are still saved', async () => {
    const res = await send('PATCH', `/articles/${article.id}`, {
      who: 'editor',
      body: JSON.stringify({ tags: ['An ninh', 'an ninh', 'Giao thông'] }),
      type: 'application/json',
    })
    expect(res.status).toBe(200)
    expect(res.json.doc.tags).toEqual(['An ninh', 'Giao thông'])
    for (const tags of [[], null]) {
      const cleared = await send('PATCH', `/articles/${article.id}`, {
        who: 'editor',
        body: JSON.stringify({ tags }),
        type: 'application/json',
      })
      expect(cleared.status).toBe(200)
      expect(cleared.json.doc.tags ?? []).toEqual([])
    }
  })
})
