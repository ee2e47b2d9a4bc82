import type { Payload } from 'payload'

import { migrationsFor } from './database'
import { settings } from './settings'

/** Applies committed migrations that have not run yet; never prompts (push is off everywhere). */
export async function migrateDatabase(payload: Payload): Promise<void> {
  const migrations = migrationsFor(settings)
  if (migrations.length > 0) await payload.db.migrate({ migrations })
}
