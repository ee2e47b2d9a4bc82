import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { startTestCms, type TestCms } from '../helpers/payload'
import { restClient } from '../helpers/rest'
import { createStaff } from '../helpers/staff'

let cms: TestCms
let worker: Server
let token: string

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

/** How the stand-in worker answers: its real status, an HTML page (a proxy's), or not at all. */
let answer: 'status' | 'html' | 'silent' = 'status'

beforeAll(async () => {
  worker = createServer((req, res) => {
    if (answer === 'silent') return
    if (answer === 'html')
      return res.writeHead(200, { 'content-type': 'text/html' }).end('<html>502 Bad Gateway</html>')
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(workerStatus))
  })
  await new Promise<void>((resolve) => worker.listen(0, '127.0.0.1', resolve))
  process.env.REBUILD_STATUS_URL = `http://127.0.0.1:${(worker.address() as AddressInfo).port}/status`
  cms = await startTestCms()
  token = (await createStaff(cms.payload)).reporter.token
})
afterAll(async () => {
  await cms?.close()
  worker?.closeAllConnections()
  await new Promise((resolve) => worker?.close(resolve))
})

describe('GET /api/site/status', () => {
  test('passes the last build’s problems to staff, leaving out malformed entries', async () => {
    const res = await restClient(cms.config)('GET', '/site/status', { token })
    expect(res.status).toBe(200)
    expect(res.json.worker.last.problems).toEqual([problem])
    expect(res.json.worker.last.pages).toBe(40)
  })

  test('a worker that answers something other than JSON is reported as such, not as unreachable', async () => {
    answer = 'html'
    try {
      const res = await restClient(cms.config)('GET', '/site/status', { token })
      expect(res.status).toBe(200)
      expect(res.json.worker).toEqual({ error: 'invalid answer' })
    } finally {
      answer = 'status'
    }
  })

  test('a worker that does not answer within 2 s is reported as timed out', async () => {
    answer = 'silent'
    try {
      const res = await restClient(cms.config)('GET', '/site/status', { token })
      expect(res.json.worker).toEqual({ error: 'timeout' })
    } finally {
      answer = 'status'
    }
  })
})
