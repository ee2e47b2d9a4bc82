import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE INDEX \`articles_status_deleted_created_idx\` ON \`articles\` (\`_status\`,\`deleted_at\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_status_deleted_updated_idx\` ON \`articles\` (\`_status\`,\`deleted_at\`,\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_status_deleted_published_idx\` ON \`articles\` (\`_status\`,\`deleted_at\`,\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_texts_parent_order_idx\` ON \`articles_texts\` (\`parent_id\`,\`order\`);`)
  await db.run(sql`CREATE INDEX \`articles_texts_text_parent_idx\` ON \`articles_texts\` (\`text\`,\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_parent_order_idx\` ON \`articles_rels\` (\`parent_id\`,\`order\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_latest_deleted_created_idx\` ON \`_articles_v\` (\`latest\`,\`version_deleted_at\`,\`version_created_at\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_latest_deleted_updated_idx\` ON \`_articles_v\` (\`latest\`,\`version_deleted_at\`,\`version_updated_at\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_texts_parent_order_idx\` ON \`_articles_v_texts\` (\`parent_id\`,\`order\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_texts_text_parent_idx\` ON \`_articles_v_texts\` (\`text\`,\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_parent_order_idx\` ON \`_articles_v_rels\` (\`parent_id\`,\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_sessions_parent_order_idx\` ON \`users_sessions\` (\`_parent_id\`,\`_order\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_parent_order_idx\` ON \`payload_jobs_log\` (\`_parent_id\`,\`_order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_order_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`,\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_parent_order_idx\` ON \`payload_preferences_rels\` (\`parent_id\`,\`order\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`articles_status_deleted_created_idx\`;`)
  await db.run(sql`DROP INDEX \`articles_status_deleted_updated_idx\`;`)
  await db.run(sql`DROP INDEX \`articles_status_deleted_published_idx\`;`)
  await db.run(sql`DROP INDEX \`articles_texts_parent_order_idx\`;`)
  await db.run(sql`DROP INDEX \`articles_texts_text_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`articles_rels_parent_order_idx\`;`)
  await db.run(sql`DROP INDEX \`_articles_v_latest_deleted_created_idx\`;`)
  await db.run(sql`DROP INDEX \`_articles_v_latest_deleted_updated_idx\`;`)
  await db.run(sql`DROP INDEX \`_articles_v_texts_parent_order_idx\`;`)
  await db.run(sql`DROP INDEX \`_articles_v_texts_text_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`_articles_v_rels_parent_order_idx\`;`)
  await db.run(sql`DROP INDEX \`users_sessions_parent_order_idx\`;`)
  await db.run(sql`DROP INDEX \`payload_jobs_log_parent_order_idx\`;`)
  await db.run(sql`DROP INDEX \`payload_locked_documents_rels_parent_order_idx\`;`)
  await db.run(sql`DROP INDEX \`payload_preferences_rels_parent_order_idx\`;`)
}
