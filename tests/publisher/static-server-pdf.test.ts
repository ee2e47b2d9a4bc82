import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { currentLink, switchCurrent } from '../../publisher/src/releases/store'
import { type StaticServer, startStaticServer } from '../../publisher/src/server/static-server'
import { makeRelease } from './helpers/make-release'
import { rawGet } from './helpers/raw-get'

const ID = '20261202-080000-000'
const dir = mkdtempSync(path.join(tmpdir(), 'bantin-static-pdf-'))
let site: StaticServer

beforeAll(async () => {
  await makeRelease(dir, ID, {
    'index.html': '<!doctype html><title>Trang chủ</title>',
    '404.html': '<!doctype html><title>Không tìm thấy trang</title>',
    'van-ban/tep/qd-125.pdf': '%PDF-1.7\n%%EOF\n',
  })
  await switchCurrent(dir, ID)
  site = await startStaticServer({ root: currentLink(dir), port: 0, log: () => {} })
})
afterAll(async () => {
  await site?.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('startStaticServer: documents-library PDFs', () => {
  test('are sent as downloads of type application/pdf, never sniffed', async () => {
    const res = await rawGet(site.port, '/van-ban/tep/qd-125.pdf')
    expect(res.status).toBe(200)
    expect(res.headers['content-type']).toBe('application/pdf')
    expect(res.headers['content-disposition']).toBe('attachment')
    expect(res.headers['x-content-type-options']).toBe('nosniff')
  })

  test('pages are not downloads', async () => {
    expect((await rawGet(site.port, '/')).headers['content-disposition']).toBe(undefined)
  })
})
