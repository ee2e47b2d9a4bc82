import path from 'node:path'
import { defineConfig } from 'vitest/config'

const usesSharedDatabase = Boolean(process.env.TEST_DATABASE_URL)

export default defineConfig({
  resolve: {
    alias: { '@payload-config': path.resolve(import.meta.dirname, 'cms/payload.config.ts') },
  },
  test: {
    include: ['tests/**/*.test.ts'],
    pool: 'forks',
    // Each integration file makes its own SQLite database; a shared Postgres must be taken in turns.
    fileParallelism: !usesSharedDatabase,
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
})
