import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`_articles_v_latest_deleted_created_idx\`;`)
  await db.run(sql`DROP INDEX \`_articles_v_latest_deleted_updated_idx\`;`)
  await db.run(sql`CREATE INDEX \`_articles_v_latest_deleted_published_idx\` ON \`_articles_v\` (\`latest\`,\`version_deleted_at\`,\`version_published_at\`,\`created_at\`,\`version_title\`,\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_latest_deleted_created_idx\` ON \`_articles_v\` (\`latest\`,\`version_deleted_at\`,\`version_created_at\`,\`created_at\`,\`version_title\`,\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_latest_deleted_updated_idx\` ON \`_articles_v\` (\`latest\`,\`version_deleted_at\`,\`version_updated_at\`,\`created_at\`,\`version_title\`,\`version_slug\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`_articles_v_latest_deleted_published_idx\`;`)
  await db.run(sql`DROP INDEX \`_articles_v_latest_deleted_created_idx\`;`)
  await db.run(sql`DROP INDEX \`_articles_v_latest_deleted_updated_idx\`;`)
  await db.run(sql`CREATE INDEX \`_articles_v_latest_deleted_created_idx\` ON \`_articles_v\` (\`latest\`,\`version_deleted_at\`,\`version_created_at\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_latest_deleted_updated_idx\` ON \`_articles_v\` (\`latest\`,\`version_deleted_at\`,\`version_updated_at\`,\`created_at\`);`)
}
