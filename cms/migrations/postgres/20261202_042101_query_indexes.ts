import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE INDEX "articles_status_deleted_created_idx" ON "articles" USING btree ("_status","deleted_at","created_at");
  CREATE INDEX "articles_status_deleted_updated_idx" ON "articles" USING btree ("_status","deleted_at","updated_at");
  CREATE INDEX "articles_status_deleted_published_idx" ON "articles" USING btree ("_status","deleted_at","published_at");
  CREATE INDEX "articles_texts_parent_order_idx" ON "articles_texts" USING btree ("parent_id","order");
  CREATE INDEX "articles_texts_text_parent_idx" ON "articles_texts" USING btree ("text","parent_id");
  CREATE INDEX "articles_rels_parent_order_idx" ON "articles_rels" USING btree ("parent_id","order");
  CREATE INDEX "_articles_v_latest_deleted_created_idx" ON "_articles_v" USING btree ("latest","version_deleted_at","version_created_at","created_at");
  CREATE INDEX "_articles_v_latest_deleted_updated_idx" ON "_articles_v" USING btree ("latest","version_deleted_at","version_updated_at","created_at");
  CREATE INDEX "_articles_v_texts_parent_order_idx" ON "_articles_v_texts" USING btree ("parent_id","order");
  CREATE INDEX "_articles_v_texts_text_parent_idx" ON "_articles_v_texts" USING btree ("text","parent_id");
  CREATE INDEX "_articles_v_rels_parent_order_idx" ON "_articles_v_rels" USING btree ("parent_id","order");
  CREATE INDEX "users_sessions_parent_order_idx" ON "users_sessions" USING btree ("_parent_id","_order");
  CREATE INDEX "payload_jobs_log_parent_order_idx" ON "payload_jobs_log" USING btree ("_parent_id","_order");
  CREATE INDEX "payload_locked_documents_rels_parent_order_idx" ON "payload_locked_documents_rels" USING btree ("parent_id","order");
  CREATE INDEX "payload_preferences_rels_parent_order_idx" ON "payload_preferences_rels" USING btree ("parent_id","order");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "articles_status_deleted_created_idx";
  DROP INDEX "articles_status_deleted_updated_idx";
  DROP INDEX "articles_status_deleted_published_idx";
  DROP INDEX "articles_texts_parent_order_idx";
  DROP INDEX "articles_texts_text_parent_idx";
  DROP INDEX "articles_rels_parent_order_idx";
  DROP INDEX "_articles_v_latest_deleted_created_idx";
  DROP INDEX "_articles_v_latest_deleted_updated_idx";
  DROP INDEX "_articles_v_texts_parent_order_idx";
  DROP INDEX "_articles_v_texts_text_parent_idx";
  DROP INDEX "_articles_v_rels_parent_order_idx";
  DROP INDEX "users_sessions_parent_order_idx";
  DROP INDEX "payload_jobs_log_parent_order_idx";
  DROP INDEX "payload_locked_documents_rels_parent_order_idx";
  DROP INDEX "payload_preferences_rels_parent_order_idx";`)
}
