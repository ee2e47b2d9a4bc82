import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { startTestCms, type TestCms } from '../helpers/payload'
import { restClient } from '../helpers/rest'
import { createStaff } from '../helpers/staff'

let cms: TestCms
let worker: Server

const problem = {
  collection: 'articles',
  id: '7',
  title: 'Bài có liên kết hỏng',
  kind: 'link',
  action: 'kept-previous',
  message: 'Liên kết tới /tin-tuc/khong-co/ không tồn tại. Hãy sửa liên kết.',
  detail: 'no page at /tin-tuc/khong-co/',
}

// What the rebuild worker's GET /status answers after a build that set two documents aside.
const workerStatus = {
  state: 'idle',
  pending: false,
  current: '20261122-010203',
  last: {
    result: 'ok',
    finishedAt: '2026-11-22T01:02:03Z',
    durationMs: 3000,
    pages: 40,
    problems: [problem, { collection: 'articles', note: 'not a problem entry' }],
  },
}

beforeAll(async () => {
  worker = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(workerStatus))
  })
  await new Promise<void>((resolve) => worker.listen(0, '127.0.0.1', resolve))
  process.env.REBUILD_STATUS_URL = `http://127.0.0.1:${(worker.address() as AddressInfo).port}/status`
  cms = await startTestCms()
})
afterAll(async () => {
  await cms?.close()
  await new Promise((resolve) => worker?.close(resolve))
})

describe('GET /api/site/status', () => {
  test('passes the last build’s problems to staff, leaving out malformed entries', async () => {
    const staff = await createStaff(cms.payload)
    const res = await restClient(cms.config)('GET', '/site/status', { token: staff.reporter.token })
    expect(res.status).toBe(200)
    expect(res.json.worker.last.problems).toEqual([problem])
    expect(res.json.worker.last.pages).toBe(40)
  })
})
