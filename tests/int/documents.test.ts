import { existsSync } from 'node:fs'
import path from 'node:path'
import { REST_GET } from '@payloadcms/next/routes'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import {
  embeddedFilePdf,
  htmlRenamedPdf,
  javascriptPdf,
  plainPdf,
} from '../cms/fixtures/hostile-pdfs'
import {
  startCmsWithStaff,
  type TestCms,
  type RestClient,
  type Staff,
} from '../helpers/cms-with-staff'

const CANARY = 'CANARY-van-ban-4d2b'
let cms: TestCms, rest: RestClient, staff: Staff
let getFile: ReturnType<typeof REST_GET>

beforeAll(async () => {
  ;({ cms, rest, staff } = await startCmsWithStaff())
  getFile = REST_GET(cms.config)
})
afterAll(async () => cms?.close())

const fields = (number: string, extra: Record<string, unknown> = {}) => ({
  number,
  type: 'quyet-dinh',
  issuer: 'Công an tỉnh',
  issuedAt: '2026-11-02T00:00:00.000Z',
  summary: `Về việc ban hành quy chế ${number}`,
  ...extra,
})

function form(
  bytes: Uint8Array,
  name: string,
  data: Record<string, unknown>,
  type = 'application/pdf',
) {
  const body = new FormData()
  body.append('file', new Blob([new Uint8Array(bytes)], { type }), name)
  body.append('_payload', JSON.stringify(data))
  return body
}

async function fetchFile(name: string, token?: string) {
  const headers = new Headers(token ? { Authorization: `JWT ${token}` } : {})
  const request = new Request(
    `http://localhost:3000/api/documents/file/${encodeURIComponent(name)}`,
    { headers },
  )
  const response = await getFile(request, {
    params: Promise.resolve({ slug: ['documents', 'file', name] }),
  })
  return {
    status: response.status,
    headers: response.headers,
    bytes: Buffer.from(await response.arrayBuffer()),
  }
}

describe('documents: uploads are checked like images', () => {
  test('a published PDF is served as a download, cleaned, with a safe name', async () => {
    const res = await rest('POST', '/documents', {
      token: staff.editor.token,
      form: form(await javascriptPdf(), 'QĐ 125 (bản ký).pdf', {
        ...fields('125/QĐ-CAT'),
        _status: 'published',
      }),
    })
    expect(res.status, res.text).toBe(201)
    expect(res.json.doc.filename).toBe('qd-125-ban-ky.pdf')
    expect(res.json.doc.slug).toBe('125-qd-cat')
    const file = await fetchFile(res.json.doc.filename)
    expect(file.status).toBe(200)
    expect(file.headers.get('content-type')).toBe('application/pdf')
    expect(file.headers.get('content-disposition')).toBe('attachment')
    expect(file.headers.get('x-content-type-options')).toBe('nosniff')
    expect(file.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    expect(file.bytes.toString('latin1')).not.toContain('JsSecret')
  })

  test('an embedded file is dropped from the stored PDF', async () => {
    const res = await rest('POST', '/documents', {
      token: staff.editor.token,
      form: form(await embeddedFilePdf(), 'kh.pdf', {
        ...fields('7/KH-CAT'),
        _status: 'published',
      }),
    })
    expect(res.status, res.text).toBe(201)
    expect((await fetchFile(res.json.doc.filename)).bytes.toString('latin1')).not.toContain(
      'hoadon.exe',
    )
  })

  test('an HTML page renamed .pdf is refused on the file field, in Vietnamese, and nothing is stored', async () => {
    const res = await rest('POST', '/documents', {
      token: staff.editor.token,
      form: form(htmlRenamedPdf(), 'trang.pdf', fields('9/TB')),
    })
    expect(res.status).toBe(400)
    expect(res.json.errors[0].data.errors[0]).toMatchObject({
      path: 'file',
      message: expect.stringContaining('không phải là tệp PDF'),
    })
    expect(
      (await cms.payload.count({ collection: 'documents', where: { number: { equals: '9/TB' } } }))
        .totalDocs,
    ).toBe(0)
  })

  test('an image is not a document', async () => {
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0])
    const res = await rest('POST', '/documents', {
      token: staff.editor.token,
      form: form(jpeg, 'anh.pdf', fields('10/TB')),
    })
    expect(res.status).toBe(400)
  })
})

describe('documents: who may do what, and no draft reaches the public', () => {
  const ids: Record<string, number> = {}
  const files: Record<string, string> = {}
  beforeAll(async () => {
    const draft = await rest('POST', '/documents?draft=true', {
      token: staff.reporter.token,
      form: form(await plainPdf(), 'nhap.pdf', {
        ...fields(`1/${CANARY}`),
        summary: CANARY,
        _status: 'draft',
      }),
    })
    expect(draft.status, draft.text).toBe(201)
    ids.draft = draft.json.doc.id
    files.draft = draft.json.doc.filename
    const live = await rest('POST', '/documents', {
      token: staff.editor.token,
      form: form(await plainPdf(), 'live.pdf', {
        ...fields('2/HD'),
        type: 'huong-dan',
        _status: 'published',
      }),
    })
    ids.live = live.json.doc.id
    files.live = live.json.doc.filename
    await rest('PATCH', `/documents/${ids.live}?draft=true`, {
      token: staff.editor.token,
      json: { summary: `Sửa ${CANARY}`, _status: 'draft' },
    })
  })

  test('a reporter uploads a draft but may not publish; the public may not write', async () => {
    const publish = await rest('POST', '/documents', {
      token: staff.reporter.token,
      form: form(await plainPdf(), 'r.pdf', { ...fields('3/TB'), _status: 'published' }),
    })
    expect(publish.status).toBe(403)
    expect(
      (await rest('POST', '/documents', { form: form(await plainPdf(), 'a.pdf', fields('4/TB')) }))
        .status,
    ).toBe(403)
    expect(
      (await rest('DELETE', `/documents/${ids.live}`, { token: staff.reporter.token })).status,
    ).toBe(403)
    expect((await rest('PATCH', `/documents/${ids.live}`, { json: { summary: 'x' } })).status).toBe(
      403,
    )
  })

  test('no route, and not the draft file, gives the public the canary', async () => {
    for (const route of [
      '/documents',
      '/documents?draft=true',
      `/documents/${ids.draft}`,
      `/documents/${ids.live}?draft=true`,
      '/documents/versions',
      `/documents?where[summary][like]=${CANARY}`,
    ]) {
      expect((await rest('GET', route)).text, route).not.toContain(CANARY)
    }
    expect((await fetchFile(files.draft!)).status).toBe(403)
    expect((await fetchFile(files.draft!, staff.reporter.token)).status).toBe(200)
    expect((await fetchFile(files.live!)).status).toBe(200)
  })

  test('an editor deletes; the file goes with it', async () => {
    expect(existsSync(path.join(cms.dir, 'documents', files.live!))).toBe(true)
    expect(
      (await rest('DELETE', `/documents/${ids.live}`, { token: staff.editor.token })).status,
    ).toBe(200)
    expect((await fetchFile(files.live!)).status).toBe(403)
    expect(existsSync(path.join(cms.dir, 'documents', files.live!))).toBe(false)
  })
})
