import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_articles_warninguntil_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum__articles_v_version_warninguntil_tz" AS ENUM('Asia/Ho_Chi_Minh');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'rebuildWhenWarningsEnd' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'rebuildWhenWarningsEnd' BEFORE 'schedulePublish';
  ALTER TABLE "articles" ADD COLUMN "is_warning" boolean DEFAULT false;
  ALTER TABLE "articles" ADD COLUMN "warning_until" timestamp(3) with time zone;
  ALTER TABLE "articles" ADD COLUMN "warninguntil_tz" "enum_articles_warninguntil_tz" DEFAULT 'Asia/Ho_Chi_Minh';
  ALTER TABLE "_articles_v" ADD COLUMN "version_is_warning" boolean DEFAULT false;
  ALTER TABLE "_articles_v" ADD COLUMN "version_warning_until" timestamp(3) with time zone;
  ALTER TABLE "_articles_v" ADD COLUMN "version_warninguntil_tz" "enum__articles_v_version_warninguntil_tz" DEFAULT 'Asia/Ho_Chi_Minh';
  CREATE INDEX "articles_is_warning_idx" ON "articles" USING btree ("is_warning");
  CREATE INDEX "_articles_v_version_version_is_warning_idx" ON "_articles_v" USING btree ("version_is_warning");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'deliverRebuild', 'withdrawExpiredNotices', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'deliverRebuild', 'withdrawExpiredNotices', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "articles_is_warning_idx";
  DROP INDEX "_articles_v_version_version_is_warning_idx";
  ALTER TABLE "articles" DROP COLUMN "is_warning";
  ALTER TABLE "articles" DROP COLUMN "warning_until";
  ALTER TABLE "articles" DROP COLUMN "warninguntil_tz";
  ALTER TABLE "_articles_v" DROP COLUMN "version_is_warning";
  ALTER TABLE "_articles_v" DROP COLUMN "version_warning_until";
  ALTER TABLE "_articles_v" DROP COLUMN "version_warninguntil_tz";
  DROP TYPE "public"."enum_articles_warninguntil_tz";
  DROP TYPE "public"."enum__articles_v_version_warninguntil_tz";`)
}
