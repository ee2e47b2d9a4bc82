import type { Payload } from 'payload'

/**
 * The importer writes thousands of small rows one statement at a time (transactions are off for
 * SQLite, see cms/database.ts), and with `synchronous = FULL` each one waits for the disk. In
 * WAL mode `NORMAL` still survives the process being killed at any point; only a power cut may
 * lose the last commits, and a rerun of the import restores them. This connection only: the CMS
 * server keeps FULL. Other databases are left alone.
 */
export async function relaxSqliteDurability(payload: Payload): Promise<void> {
  if (payload.db.name !== 'sqlite') return
  type Client = { execute: (sql: string) => Promise<unknown> }
  const { client } = payload.db as unknown as { client?: Client }
  await client?.execute('PRAGMA synchronous = NORMAL')
}
