import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { freePort } from '../../scripts/lib/free-port'

const root = path.resolve(import.meta.dirname, '../..')
const withoutSecret = ({ PAYLOAD_SECRET: _unused, ...env }: NodeJS.ProcessEnv) => env

let child: ChildProcess
let port: number
let sitePort: number
let output = ''
const dataDir = mkdtempSync(path.join(tmpdir(), 'bantin-smoke-'))

/** Runs the README's `npm start` entry point on an empty data folder, as a new user would. */
beforeAll(async () => {
  port = await freePort()
  sitePort = await freePort()
  const rebuildPort = await freePort()
  child = spawn(path.join(root, 'node_modules/.bin/tsx'), ['scripts/start.ts'], {
    cwd: root,
    env: {
      ...withoutSecret(process.env),
      DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      SITE_PORT: String(sitePort),
      REBUILD_PORT: String(rebuildPort),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout!.on('data', (d) => (output += d))
  child.stderr!.on('data', (d) => (output += d))
  await new Promise<void>((resolve, reject) => {
    const timer = setInterval(() => {
      if (!output.includes('[start] site ready')) return
      clearInterval(timer)
      resolve()
    }, 200)
    child.once('exit', (code) => {
      clearInterval(timer)
      reject(new Error(`npm start exited early (${code}):\n${output}`))
    })
  })
}, 400_000)

afterAll(() => {
  if (child.exitCode === null) child.kill('SIGKILL')
  rmSync(dataDir, { recursive: true, force: true })
})

describe('npm start (production server)', () => {
  test('serves the admin and the REST API', async () => {
    const admin = await fetch(`http://127.0.0.1:${port}/admin`)
    expect(admin.status).toBe(200)
    expect(await admin.text()).toContain('bantin')
    const api = await fetch(`http://127.0.0.1:${port}/api/articles`)
    expect(api.status).toBe(200)
    expect((await api.json()).docs.map((d: { title: string }) => d.title)).toContain(
      'Xây dựng thế trận an ninh nhân dân kết hợp chặt chẽ với thế trận quốc phòng toàn dân vững chắc',
    )
  })

  test('serves the public site built from the demo content, captions included', async () => {
    const slug = 'xay-dung-the-tran-an-ninh-nhan-dan-ket-hop-chat-che-voi-the-tran-quoc-phong-toan-dan-vung-chac'
    const page = await fetch(`http://127.0.0.1:${sitePort}/tin-tuc/${slug}/`)
    expect(page.status).toBe(200)
    const html = await page.text()
    expect(html).toContain('Ngày hội Toàn dân bảo vệ an ninh Tổ quốc tại phường Đức Xuân, thành phố Bắc Kạn năm 2023')
    expect(html).toContain('<html lang="vi"')
  })

  test('unset secrets were generated once into the data folder, readable only by the owner', async () => {
    const { statSync } = await import('node:fs')
    for (const file of ['payload-secret', 'rebuild-secret']) {
      expect(statSync(path.join(dataDir, file)).mode & 0o777).toBe(0o600)
    }
  })

  test('Ctrl-C stops the server and every child process', async () => {
    const exited = new Promise((resolve) => child.once('exit', resolve))
    child.kill('SIGINT')
    await exited
    await expect(fetch(`http://127.0.0.1:${port}/api/articles`)).rejects.toThrow()
    await expect(fetch(`http://127.0.0.1:${sitePort}/`)).rejects.toThrow()
  }, 30_000)
})
