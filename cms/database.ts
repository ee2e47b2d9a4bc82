import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import path from 'node:path'
import type { DatabaseAdapterObj, Migration } from 'payload'

import { addQueryIndexes } from './database-indexes'
import type { CmsEnv } from './env'
import { migrations as postgresMigrations } from './migrations/postgres'
import { migrations as sqliteMigrations } from './migrations/sqlite'

const migrationsRoot = path.join(path.dirname(new URL(import.meta.url).pathname), 'migrations')

/**
 * Schema changes reach SQL databases only through committed migrations (push is off everywhere),
 * so `payload migrate` never meets a dev-push marker and never stops at its interactive prompt.
 */
export function createDatabaseAdapter(env: CmsEnv): DatabaseAdapterObj {
  switch (env.databaseKind) {
    case 'sqlite':
      return sqliteAdapter({
        client: { url: env.databaseUrl },
        wal: true,
        busyTimeout: 5000,
        // Transactions stay off, the adapter's default: libsql opens each transaction's follow-up
        // connection without the busy timeout, and Payload's job runner nests transactions, which
        // a single-writer database turns into SQLITE_BUSY. PostgreSQL and MongoDB use them.
        push: false,
        migrationDir: path.join(migrationsRoot, 'sqlite'),
        prodMigrations: sqliteMigrations,
        beforeSchemaInit: [addQueryIndexes],
      })
    case 'postgres':
      return postgresAdapter({
        pool: { connectionString: env.databaseUrl },
        push: false,
        migrationDir: path.join(migrationsRoot, 'postgres'),
        prodMigrations: postgresMigrations,
        beforeSchemaInit: [addQueryIndexes],
      })
    case 'mongodb':
      // MongoDB needs no schema migrations; transactions require a replica set or a hosted cluster.
      return mongooseAdapter({ url: env.databaseUrl })
  }
}

/** The committed migrations for the configured database (none for MongoDB). */
export function migrationsFor(env: CmsEnv): Migration[] {
  // Generated migrations type their arguments per adapter; payload.db.migrate takes the general form.
  const byKind = { sqlite: sqliteMigrations, postgres: postgresMigrations, mongodb: [] }
  return byKind[env.databaseKind] as unknown as Migration[]
}
