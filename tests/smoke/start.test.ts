import { statSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { startStack, type TestStack } from '../../scripts/lib/start-stack'
import { DEPARTMENT } from '../../content-types/department'

let stack: TestStack
let port: number
let sitePort: number
let dataDir: string

/** Runs the README's `npm start` entry point on an empty data folder, as a new user would. */
beforeAll(async () => {
  stack = await startStack()
  port = stack.port
  sitePort = stack.sitePort
  dataDir = stack.dataDir
}, 400_000)

afterAll(async () => {
  await stack?.remove()
})

describe('npm start (production server)', () => {
  test('serves the admin and the REST API', async () => {
    const admin = await fetch(`http://127.0.0.1:${port}/admin`)
    expect(admin.status).toBe(200)
    // The admin names the department (content-types/department.ts), not the software.
    expect(await admin.text()).toContain(DEPARTMENT.name)
    const api = await fetch(`http://127.0.0.1:${port}/api/articles`)
    expect(api.status).toBe(200)
    expect((await api.json()).docs.map((d: { title: string }) => d.title)).toContain(
      'Xây dựng thế trận an ninh nhân dân kết hợp chặt chẽ với thế trận quốc phòng toàn dân vững chắc',
    )
  })

  test('serves the public site built from the demo content, captions included', async () => {
    const slug =
      'xay-dung-the-tran-an-ninh-nhan-dan-ket-hop-chat-che-voi-the-tran-quoc-phong-toan-dan-vung-chac'
    const page = await fetch(`http://127.0.0.1:${sitePort}/tin-tuc/${slug}/`)
    expect(page.status).toBe(200)
    const html = await page.text()
    expect(html).toContain(
      'Ngày hội Toàn dân bảo vệ an ninh Tổ quốc tại phường Đức Xuân, thành phố Bắc Kạn năm 2023',
    )
    expect(html).toContain('<html lang="vi"')
  })

  test('unset secrets were generated once into the data folder, readable only by the owner', async () => {
    for (const file of ['payload-secret', 'rebuild-secret']) {
      expect(statSync(path.join(dataDir, file)).mode & 0o777).toBe(0o600)
    }
  })

  test('Ctrl-C stops the server and every child process', async () => {
    await stack.stop(25_000)
    await expect(fetch(`http://127.0.0.1:${port}/api/articles`)).rejects.toThrow()
    await expect(fetch(`http://127.0.0.1:${sitePort}/`)).rejects.toThrow()
  }, 30_000)
})
