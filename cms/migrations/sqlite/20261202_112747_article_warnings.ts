import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`articles\` ADD \`is_warning\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`warning_until\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`warninguntil_tz\` text DEFAULT 'Asia/Ho_Chi_Minh';`)
  await db.run(sql`CREATE INDEX \`articles_is_warning_idx\` ON \`articles\` (\`is_warning\`);`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_is_warning\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_warning_until\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_warninguntil_tz\` text DEFAULT 'Asia/Ho_Chi_Minh';`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_is_warning_idx\` ON \`_articles_v\` (\`version_is_warning\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`articles_is_warning_idx\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`is_warning\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`warning_until\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`warninguntil_tz\`;`)
  await db.run(sql`DROP INDEX \`_articles_v_version_version_is_warning_idx\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_is_warning\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_warning_until\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_warninguntil_tz\`;`)
}
