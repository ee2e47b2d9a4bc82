import { Writable } from 'node:stream'
import { pino } from 'pino'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { cmsLogger } from '../../cms/logger'
import {
  startCmsWithBasics,
  type TestCms,
  type RestClient,
  type Staff,
  type Basics,
} from '../helpers/cms-with-staff'

let cms: TestCms, rest: RestClient, staff: Staff, basics: Basics
let lines: Array<Record<string, any>> = []

beforeAll(async () => {
  ;({ cms, rest, staff, basics } = await startCmsWithBasics())
  // The CMS's own logger settings, writing JSON lines here instead of the console.
  const capture = new Writable({
    write(chunk, _encoding, done) {
      lines.push(
        ...String(chunk)
          .trim()
          .split('\n')
          .map((line) => JSON.parse(line)),
      )
      done()
    },
  })
  cms.payload.logger = pino({ ...cmsLogger.options, level: 'info' }, capture)
})
afterAll(async () => cms?.close())

const notAnId = (asked: string) =>
  `Không tìm thấy: "${asked}" không phải là mã tài liệu (mã là một số nguyên dương, ví dụ 42).`

describe('ids that cannot exist', () => {
  test.each([
    ['GET', '/articles/abc', undefined],
    ['GET', '/authors/abc', undefined],
    ['GET', '/categories/1x', undefined],
    ['GET', '/media/abc', undefined],
    ['DELETE', '/articles/abc', 'editor'],
    ['PATCH', '/articles/abc', 'editor'],
    ['GET', '/articles/0', 'editor'],
    ['GET', '/articles/1e0', undefined],
    ['GET', '/users/abc', 'admin'],
  ] as const)('%s %s answers 404 with a clear message', async (method, path, who) => {
    const token = who ? staff[who].token : undefined
    const res = await rest(method, path, {
      token,
      ...(method === 'PATCH' ? { json: { title: 'x' } } : {}),
    })
    expect(res.status).toBe(404)
    expect(res.json.errors[0].message).toBe(notAnId(path.split('/')[2]))
  })
})

/** A body `levels` deep built as text: JSON.stringify itself would overflow on the deepest. */
function deepBody(
  levels: number,
  open: (i: number) => string,
  close: string,
  inner = '{"type":"text","text":"x","version":1}',
) {
  return `{"type":"root","version":1,"children":[${Array.from({ length: levels }, (_, i) => open(i)).join('')}${inner}${close.repeat(levels)}]}`
}

describe('rich text nested thousands deep', () => {
  const post = async (body: string, token?: string) => {
    const json = `{"title":"Bài lồng sâu","lead":"Sapo","authors":[${basics.author.id}],"category":${basics.category.id},"body":{"root":${body}}}`
    const { REST_POST } = await import('@payloadcms/next/routes')
    const headers = new Headers({
      'content-type': 'application/json',
      ...(token ? { authorization: `JWT ${token}` } : {}),
    })
    const request = new Request('http://localhost:3000/api/articles', {
      method: 'POST',
      headers,
      body: json,
    })
    const response = await REST_POST(cms.config)(request, {
      params: Promise.resolve({ slug: ['articles'] }),
    })
    return { status: response.status, json: await response.json() }
  }

  test('2,000 list items each inside the last answer 400 with the writer’s message', async () => {
    const body = deepBody(2000, () => '{"type":"listitem","version":1,"value":1,"children":[', ']}')
    for (const token of [staff.reporter.token, undefined]) {
      const res = await post(body, token)
      expect(res.status).toBe(400)
      expect(res.json.errors[0].data.errors[0]).toMatchObject({ path: 'body' })
      expect(res.json.errors[0].data.errors[0].message).toMatch(
        /^Nội dung bài có danh sách hoặc khối lồng nhau quá sâu \(\d+ tầng; tối đa 20\)/,
      )
    }
  })

  test('5,000 objects nested inside one node’s fields answer 400 too', async () => {
    const node = `{"type":"paragraph","version":1,"children":[],"fields":${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}}`
    const res = await post(`{"type":"root","version":1,"children":[${node}]}`, staff.reporter.token)
    expect(res.status).toBe(400)
    expect(res.json.errors[0].data.errors[0].message).toMatch(
      /^Nội dung bài có danh sách hoặc khối lồng nhau quá sâu/,
    )
  })

  test('a legitimately nested list (20 levels) is still saved', async () => {
    const body = deepBody(
      20,
      () =>
        '{"type":"list","listType":"bullet","tag":"ul","start":1,"version":1,"children":[{"type":"listitem","version":1,"value":1,"children":[',
      ']}]}',
    )
    const res = await post(body, staff.reporter.token)
    expect(res.status).toBe(201)
  })
})

describe('expected refusals are logged as one short line', () => {
  test('an anonymous 400, 403 and 404 each log one info line without a stack trace', async () => {
    lines = []
    expect((await rest('GET', '/articles?where[nope][equals]=1')).status).toBe(400)
    expect((await rest('POST', '/users/forgot-password', { json: {} })).status).toBe(400)
    expect((await rest('POST', '/articles', { json: { title: 'Khách viết' } })).status).toBe(403)
    expect((await rest('GET', '/articles/abc')).status).toBe(404)
    expect(lines.map((line) => [line.level, line.msg])).toEqual([
      [30, '400 QueryError: The following path cannot be queried: nope'],
      [30, '400 APIError: Missing email.'],
      [30, 'Lỗi - Bạn không có quyền thực hiện lệnh này.'],
      [30, `404 APIError: ${notAnId('abc')}`],
    ])
    expect(JSON.stringify(lines)).not.toContain('"stack"')
  })

  test('a real failure is still an error with its stack', async () => {
    lines = []
    cms.payload.logger.error({ err: new Error('ổ đĩa đầy') })
    expect(lines).toHaveLength(1)
    expect(lines[0].level).toBe(50)
    expect(lines[0].err.stack).toMatch(/^Error: ổ đĩa đầy\n\s+at /)
  })
})
