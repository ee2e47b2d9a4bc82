import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Payload, SanitizedConfig } from 'payload'

export interface TestCms {
  payload: Payload
  config: SanitizedConfig
  dir: string
  close: () => Promise<void>
}

const TEST_SECRET = 'test-secret-that-is-long-enough-0123456789'

/**
 * A CMS on a fresh database: a temporary SQLite file, or TEST_DATABASE_URL (Postgres, MongoDB)
 * wiped first. Uploads go to a temporary folder. Settings are read when the config is imported,
 * so the environment is set before that import.
 */
export async function startTestCms(): Promise<TestCms> {
  const dir = mkdtempSync(path.join(tmpdir(), 'bantin-test-'))
  process.env.DATA_DIR = dir
  process.env.MEDIA_DIR = path.join(dir, 'media')
  process.env.PAYLOAD_SECRET = TEST_SECRET
  process.env.DATABASE_URL = process.env.TEST_DATABASE_URL || `file:${path.join(dir, 'test.db')}`
  process.env.PAYLOAD_DROP_DATABASE = process.env.TEST_DATABASE_URL ? 'true' : 'false'
  const { default: configPromise } = await import('@payload-config')
  const { getPayload } = await import('payload')
  const { migrateDatabase } = await import('../../cms/migrate')
  const config = await configPromise
  // Refused requests are the point of many tests; TEST_LOG_LEVEL=info shows Payload's log again.
  const level = process.env.TEST_LOG_LEVEL || 'fatal'
  config.logger = { options: { level } } as unknown as typeof config.logger
  const payload = await getPayload({ config })
  await migrateDatabase(payload)
  return {
    payload,
    config,
    dir,
    close: async () => {
      await payload.destroy()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
