import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, test } from 'vitest'

import { readEnv } from '../../cms/env'
import { readPublisherSettings } from '../../publisher/src/settings'
import { planLocalPublishing } from '../../scripts/lib/local-publishing'

const PAYLOAD_SECRET = 'p'.repeat(40)
const tempDir = () => mkdtempSync(path.join(tmpdir(), 'bantin-local-publishing-'))

describe('planLocalPublishing', () => {
  test('reads only the environment it is given, never the process environment', () => {
    const env = {
      DATA_DIR: tempDir(),
      PAYLOAD_SECRET,
      REBUILD_PORT: '7611',
      SITE_PORT: '7612',
      CMS_URL: 'http://cms.test:7613',
    }
    process.env.LOCAL_REBUILD_WORKER = 'false'
    try {
      const plan = planLocalPublishing(readEnv(env), env)
      expect(plan?.worker.rebuildPort).toBe(7611)
      expect(plan?.worker.sitePort).toBe(7612)
      expect(plan?.site.cmsUrl).toBe('http://cms.test:7613')
      expect(plan?.cmsEnv.REBUILD_WEBHOOK_URL).toBe('http://127.0.0.1:7611/rebuild')
    } finally {
      delete process.env.LOCAL_REBUILD_WORKER
    }
  })

  test('LOCAL_REBUILD_WORKER=false or a webhook elsewhere leaves the worker out', () => {
    const dataDir = tempDir()
    const off = { DATA_DIR: dataDir, PAYLOAD_SECRET, LOCAL_REBUILD_WORKER: 'false' }
    expect(planLocalPublishing(readEnv(off), off)).toBeNull()
    const elsewhere = {
      DATA_DIR: dataDir,
      PAYLOAD_SECRET,
      REBUILD_WEBHOOK_URL: 'https://ci.example.vn/hook',
      REBUILD_SECRET: 's'.repeat(40),
    }
    expect(planLocalPublishing(readEnv(elsewhere), elsewhere)).toBeNull()
  })

  test('a REBUILD_SECRET with spaces around it reaches the CMS and the worker as written, the same rule as theirs', () => {
    const secret = `  ${'s'.repeat(32)}  `
    const env = { DATA_DIR: tempDir(), PAYLOAD_SECRET, REBUILD_SECRET: secret }
    const plan = planLocalPublishing(readEnv(env), env)
    expect(plan?.cmsEnv.REBUILD_SECRET).toBe(secret)
    expect(plan?.worker.secret).toBe(secret)
    expect(readPublisherSettings({ REBUILD_SECRET: secret }).secret).toBe(secret)
  })
})
