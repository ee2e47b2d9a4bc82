import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_articles_warninguntil_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum__articles_v_version_warninguntil_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum_wanted_notices_sex" AS ENUM('male', 'female');
  CREATE TYPE "public"."enum_wanted_notices_notice_status" AS ENUM('wanted', 'caught', 'withdrawn');
  CREATE TYPE "public"."enum_wanted_notices_expiresat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum_wanted_notices_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__wanted_notices_v_version_sex" AS ENUM('male', 'female');
  CREATE TYPE "public"."enum__wanted_notices_v_version_expiresat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum__wanted_notices_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_documents_type" AS ENUM('quyet-dinh', 'ke-hoach', 'thong-bao', 'huong-dan', 'chi-thi', 'cong-van', 'bao-cao', 'khac');
  CREATE TYPE "public"."enum_documents_issuedat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum_documents_effectiveat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum_documents_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__documents_v_version_type" AS ENUM('quyet-dinh', 'ke-hoach', 'thong-bao', 'huong-dan', 'chi-thi', 'cong-van', 'bao-cao', 'khac');
  CREATE TYPE "public"."enum__documents_v_version_issuedat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum__documents_v_version_effectiveat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum__documents_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_reception_schedule_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__reception_schedule_v_version_status" AS ENUM('draft', 'published');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'withdrawExpiredNotices' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'rebuildWhenWarningsEnd' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'withdrawExpiredNotices' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'rebuildWhenWarningsEnd' BEFORE 'schedulePublish';
  CREATE TABLE "wanted_notices" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"full_name" varchar,
  	"other_names" varchar,
  	"birth_year" numeric,
  	"sex" "enum_wanted_notices_sex",
  	"residence" varchar,
  	"photo_id" integer,
  	"offence" varchar,
  	"decision_number" varchar,
  	"decision_date" timestamp(3) with time zone,
  	"issuing_unit" varchar,
  	"contact_phone" varchar,
  	"status" "enum_wanted_notices_notice_status" DEFAULT 'wanted',
  	"expires_at" timestamp(3) with time zone,
  	"expiresat_tz" "enum_wanted_notices_expiresat_tz" DEFAULT 'Asia/Ho_Chi_Minh',
  	"slug" varchar,
  	"on_site" boolean DEFAULT false,
  	"created_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"deleted_at" timestamp(3) with time zone,
  	"_status" "enum_wanted_notices_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_wanted_notices_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_full_name" varchar,
  	"version_other_names" varchar,
  	"version_birth_year" numeric,
  	"version_sex" "enum__wanted_notices_v_version_sex",
  	"version_residence" varchar,
  	"version_photo_id" integer,
  	"version_offence" varchar,
  	"version_decision_number" varchar,
  	"version_decision_date" timestamp(3) with time zone,
  	"version_issuing_unit" varchar,
  	"version_contact_phone" varchar,
  	"version_status" "enum_wanted_notices_notice_status" DEFAULT 'wanted',
  	"version_expires_at" timestamp(3) with time zone,
  	"version_expiresat_tz" "enum__wanted_notices_v_version_expiresat_tz" DEFAULT 'Asia/Ho_Chi_Minh',
  	"version_slug" varchar,
  	"version_on_site" boolean DEFAULT false,
  	"version_created_by_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version_deleted_at" timestamp(3) with time zone,
  	"version__status" "enum__wanted_notices_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"number" varchar,
  	"type" "enum_documents_type",
  	"issuer" varchar,
  	"issued_at" timestamp(3) with time zone,
  	"issuedat_tz" "enum_documents_issuedat_tz" DEFAULT 'Asia/Ho_Chi_Minh',
  	"effective_at" timestamp(3) with time zone,
  	"effectiveat_tz" "enum_documents_effectiveat_tz" DEFAULT 'Asia/Ho_Chi_Minh',
  	"summary" varchar,
  	"slug" varchar,
  	"created_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"deleted_at" timestamp(3) with time zone,
  	"_status" "enum_documents_status" DEFAULT 'draft',
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  CREATE TABLE "_documents_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_number" varchar,
  	"version_type" "enum__documents_v_version_type",
  	"version_issuer" varchar,
  	"version_issued_at" timestamp(3) with time zone,
  	"version_issuedat_tz" "enum__documents_v_version_issuedat_tz" DEFAULT 'Asia/Ho_Chi_Minh',
  	"version_effective_at" timestamp(3) with time zone,
  	"version_effectiveat_tz" "enum__documents_v_version_effectiveat_tz" DEFAULT 'Asia/Ho_Chi_Minh',
  	"version_summary" varchar,
  	"version_slug" varchar,
  	"version_created_by_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version_deleted_at" timestamp(3) with time zone,
  	"version__status" "enum__documents_v_version_status" DEFAULT 'draft',
  	"version_url" varchar,
  	"version_thumbnail_u_r_l" varchar,
  	"version_filename" varchar,
  	"version_mime_type" varchar,
  	"version_filesize" numeric,
  	"version_width" numeric,
  	"version_height" numeric,
  	"version_focal_x" numeric,
  	"version_focal_y" numeric,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "reception_schedule" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone,
  	"time" varchar,
  	"leader" varchar,
  	"place" varchar,
  	"subject" varchar,
  	"created_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"deleted_at" timestamp(3) with time zone,
  	"_status" "enum_reception_schedule_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_reception_schedule_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_date" timestamp(3) with time zone,
  	"version_time" varchar,
  	"version_leader" varchar,
  	"version_place" varchar,
  	"version_subject" varchar,
  	"version_created_by_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version_deleted_at" timestamp(3) with time zone,
  	"version__status" "enum__reception_schedule_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "payload_jobs_stats" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"stats" jsonb,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "articles" ADD COLUMN "is_warning" boolean DEFAULT false;
  ALTER TABLE "articles" ADD COLUMN "warning_until" timestamp(3) with time zone;
  ALTER TABLE "articles" ADD COLUMN "warninguntil_tz" "enum_articles_warninguntil_tz" DEFAULT 'Asia/Ho_Chi_Minh';
  ALTER TABLE "_articles_v" ADD COLUMN "version_is_warning" boolean DEFAULT false;
  ALTER TABLE "_articles_v" ADD COLUMN "version_warning_until" timestamp(3) with time zone;
  ALTER TABLE "_articles_v" ADD COLUMN "version_warninguntil_tz" "enum__articles_v_version_warninguntil_tz" DEFAULT 'Asia/Ho_Chi_Minh';
  ALTER TABLE "payload_jobs" ADD COLUMN "meta" jsonb;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "wanted_notices_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "documents_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "reception_schedule_id" integer;
  ALTER TABLE "wanted_notices" ADD CONSTRAINT "wanted_notices_photo_id_media_id_fk" FOREIGN KEY ("photo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "wanted_notices" ADD CONSTRAINT "wanted_notices_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_wanted_notices_v" ADD CONSTRAINT "_wanted_notices_v_parent_id_wanted_notices_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."wanted_notices"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_wanted_notices_v" ADD CONSTRAINT "_wanted_notices_v_version_photo_id_media_id_fk" FOREIGN KEY ("version_photo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_wanted_notices_v" ADD CONSTRAINT "_wanted_notices_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "documents" ADD CONSTRAINT "documents_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_documents_v" ADD CONSTRAINT "_documents_v_parent_id_documents_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_documents_v" ADD CONSTRAINT "_documents_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reception_schedule" ADD CONSTRAINT "reception_schedule_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_reception_schedule_v" ADD CONSTRAINT "_reception_schedule_v_parent_id_reception_schedule_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."reception_schedule"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_reception_schedule_v" ADD CONSTRAINT "_reception_schedule_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "wanted_notices_photo_idx" ON "wanted_notices" USING btree ("photo_id");
  CREATE INDEX "wanted_notices_status_idx" ON "wanted_notices" USING btree ("status");
  CREATE INDEX "wanted_notices_expires_at_idx" ON "wanted_notices" USING btree ("expires_at");
  CREATE UNIQUE INDEX "wanted_notices_slug_idx" ON "wanted_notices" USING btree ("slug");
  CREATE INDEX "wanted_notices_on_site_idx" ON "wanted_notices" USING btree ("on_site");
  CREATE INDEX "wanted_notices_created_by_idx" ON "wanted_notices" USING btree ("created_by_id");
  CREATE INDEX "wanted_notices_updated_at_idx" ON "wanted_notices" USING btree ("updated_at");
  CREATE INDEX "wanted_notices_created_at_idx" ON "wanted_notices" USING btree ("created_at");
  CREATE INDEX "wanted_notices_deleted_at_idx" ON "wanted_notices" USING btree ("deleted_at");
  CREATE INDEX "wanted_notices__status_idx" ON "wanted_notices" USING btree ("_status");
  CREATE INDEX "wanted_notices_status_deleted_created_idx" ON "wanted_notices" USING btree ("_status","deleted_at","created_at");
  CREATE INDEX "wanted_notices_status_deleted_updated_idx" ON "wanted_notices" USING btree ("_status","deleted_at","updated_at");
  CREATE INDEX "_wanted_notices_v_parent_idx" ON "_wanted_notices_v" USING btree ("parent_id");
  CREATE INDEX "_wanted_notices_v_version_version_photo_idx" ON "_wanted_notices_v" USING btree ("version_photo_id");
  CREATE INDEX "_wanted_notices_v_version_version_status_idx" ON "_wanted_notices_v" USING btree ("version_status");
  CREATE INDEX "_wanted_notices_v_version_version_expires_at_idx" ON "_wanted_notices_v" USING btree ("version_expires_at");
  CREATE INDEX "_wanted_notices_v_version_version_slug_idx" ON "_wanted_notices_v" USING btree ("version_slug");
  CREATE INDEX "_wanted_notices_v_version_version_on_site_idx" ON "_wanted_notices_v" USING btree ("version_on_site");
  CREATE INDEX "_wanted_notices_v_version_version_created_by_idx" ON "_wanted_notices_v" USING btree ("version_created_by_id");
  CREATE INDEX "_wanted_notices_v_version_version_updated_at_idx" ON "_wanted_notices_v" USING btree ("version_updated_at");
  CREATE INDEX "_wanted_notices_v_version_version_created_at_idx" ON "_wanted_notices_v" USING btree ("version_created_at");
  CREATE INDEX "_wanted_notices_v_version_version_deleted_at_idx" ON "_wanted_notices_v" USING btree ("version_deleted_at");
  CREATE INDEX "_wanted_notices_v_version_version__status_idx" ON "_wanted_notices_v" USING btree ("version__status");
  CREATE INDEX "_wanted_notices_v_created_at_idx" ON "_wanted_notices_v" USING btree ("created_at");
  CREATE INDEX "_wanted_notices_v_updated_at_idx" ON "_wanted_notices_v" USING btree ("updated_at");
  CREATE INDEX "_wanted_notices_v_latest_idx" ON "_wanted_notices_v" USING btree ("latest");
  CREATE INDEX "_wanted_notices_v_autosave_idx" ON "_wanted_notices_v" USING btree ("autosave");
  CREATE INDEX "_wanted_notices_v_latest_deleted_created_idx" ON "_wanted_notices_v" USING btree ("latest","version_deleted_at","version_created_at","created_at");
  CREATE INDEX "_wanted_notices_v_latest_deleted_updated_idx" ON "_wanted_notices_v" USING btree ("latest","version_deleted_at","version_updated_at","created_at");
  CREATE INDEX "documents_type_idx" ON "documents" USING btree ("type");
  CREATE INDEX "documents_issued_at_idx" ON "documents" USING btree ("issued_at");
  CREATE UNIQUE INDEX "documents_slug_idx" ON "documents" USING btree ("slug");
  CREATE INDEX "documents_created_by_idx" ON "documents" USING btree ("created_by_id");
  CREATE INDEX "documents_updated_at_idx" ON "documents" USING btree ("updated_at");
  CREATE INDEX "documents_created_at_idx" ON "documents" USING btree ("created_at");
  CREATE INDEX "documents_deleted_at_idx" ON "documents" USING btree ("deleted_at");
  CREATE INDEX "documents__status_idx" ON "documents" USING btree ("_status");
  CREATE UNIQUE INDEX "documents_filename_idx" ON "documents" USING btree ("filename");
  CREATE INDEX "documents_status_deleted_created_idx" ON "documents" USING btree ("_status","deleted_at","created_at");
  CREATE INDEX "documents_status_deleted_updated_idx" ON "documents" USING btree ("_status","deleted_at","updated_at");
  CREATE INDEX "_documents_v_parent_idx" ON "_documents_v" USING btree ("parent_id");
  CREATE INDEX "_documents_v_version_version_type_idx" ON "_documents_v" USING btree ("version_type");
  CREATE INDEX "_documents_v_version_version_issued_at_idx" ON "_documents_v" USING btree ("version_issued_at");
  CREATE INDEX "_documents_v_version_version_slug_idx" ON "_documents_v" USING btree ("version_slug");
  CREATE INDEX "_documents_v_version_version_created_by_idx" ON "_documents_v" USING btree ("version_created_by_id");
  CREATE INDEX "_documents_v_version_version_updated_at_idx" ON "_documents_v" USING btree ("version_updated_at");
  CREATE INDEX "_documents_v_version_version_created_at_idx" ON "_documents_v" USING btree ("version_created_at");
  CREATE INDEX "_documents_v_version_version_deleted_at_idx" ON "_documents_v" USING btree ("version_deleted_at");
  CREATE INDEX "_documents_v_version_version__status_idx" ON "_documents_v" USING btree ("version__status");
  CREATE INDEX "_documents_v_version_version_filename_idx" ON "_documents_v" USING btree ("version_filename");
  CREATE INDEX "_documents_v_created_at_idx" ON "_documents_v" USING btree ("created_at");
  CREATE INDEX "_documents_v_updated_at_idx" ON "_documents_v" USING btree ("updated_at");
  CREATE INDEX "_documents_v_latest_idx" ON "_documents_v" USING btree ("latest");
  CREATE INDEX "_documents_v_autosave_idx" ON "_documents_v" USING btree ("autosave");
  CREATE INDEX "_documents_v_latest_deleted_created_idx" ON "_documents_v" USING btree ("latest","version_deleted_at","version_created_at","created_at");
  CREATE INDEX "_documents_v_latest_deleted_updated_idx" ON "_documents_v" USING btree ("latest","version_deleted_at","version_updated_at","created_at");
  CREATE INDEX "reception_schedule_date_idx" ON "reception_schedule" USING btree ("date");
  CREATE INDEX "reception_schedule_created_by_idx" ON "reception_schedule" USING btree ("created_by_id");
  CREATE INDEX "reception_schedule_updated_at_idx" ON "reception_schedule" USING btree ("updated_at");
  CREATE INDEX "reception_schedule_created_at_idx" ON "reception_schedule" USING btree ("created_at");
  CREATE INDEX "reception_schedule_deleted_at_idx" ON "reception_schedule" USING btree ("deleted_at");
  CREATE INDEX "reception_schedule__status_idx" ON "reception_schedule" USING btree ("_status");
  CREATE INDEX "reception_schedule_status_deleted_created_idx" ON "reception_schedule" USING btree ("_status","deleted_at","created_at");
  CREATE INDEX "reception_schedule_status_deleted_updated_idx" ON "reception_schedule" USING btree ("_status","deleted_at","updated_at");
  CREATE INDEX "_reception_schedule_v_parent_idx" ON "_reception_schedule_v" USING btree ("parent_id");
  CREATE INDEX "_reception_schedule_v_version_version_date_idx" ON "_reception_schedule_v" USING btree ("version_date");
  CREATE INDEX "_reception_schedule_v_version_version_created_by_idx" ON "_reception_schedule_v" USING btree ("version_created_by_id");
  CREATE INDEX "_reception_schedule_v_version_version_updated_at_idx" ON "_reception_schedule_v" USING btree ("version_updated_at");
  CREATE INDEX "_reception_schedule_v_version_version_created_at_idx" ON "_reception_schedule_v" USING btree ("version_created_at");
  CREATE INDEX "_reception_schedule_v_version_version_deleted_at_idx" ON "_reception_schedule_v" USING btree ("version_deleted_at");
  CREATE INDEX "_reception_schedule_v_version_version__status_idx" ON "_reception_schedule_v" USING btree ("version__status");
  CREATE INDEX "_reception_schedule_v_created_at_idx" ON "_reception_schedule_v" USING btree ("created_at");
  CREATE INDEX "_reception_schedule_v_updated_at_idx" ON "_reception_schedule_v" USING btree ("updated_at");
  CREATE INDEX "_reception_schedule_v_latest_idx" ON "_reception_schedule_v" USING btree ("latest");
  CREATE INDEX "_reception_schedule_v_autosave_idx" ON "_reception_schedule_v" USING btree ("autosave");
  CREATE INDEX "_reception_schedule_v_latest_deleted_created_idx" ON "_reception_schedule_v" USING btree ("latest","version_deleted_at","version_created_at","created_at");
  CREATE INDEX "_reception_schedule_v_latest_deleted_updated_idx" ON "_reception_schedule_v" USING btree ("latest","version_deleted_at","version_updated_at","created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_wanted_notices_fk" FOREIGN KEY ("wanted_notices_id") REFERENCES "public"."wanted_notices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_documents_fk" FOREIGN KEY ("documents_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_reception_schedule_fk" FOREIGN KEY ("reception_schedule_id") REFERENCES "public"."reception_schedule"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "articles_is_warning_idx" ON "articles" USING btree ("is_warning");
  CREATE INDEX "_articles_v_version_version_is_warning_idx" ON "_articles_v" USING btree ("version_is_warning");
  CREATE INDEX "payload_locked_documents_rels_wanted_notices_id_idx" ON "payload_locked_documents_rels" USING btree ("wanted_notices_id");
  CREATE INDEX "payload_locked_documents_rels_documents_id_idx" ON "payload_locked_documents_rels" USING btree ("documents_id");
  CREATE INDEX "payload_locked_documents_rels_reception_schedule_id_idx" ON "payload_locked_documents_rels" USING btree ("reception_schedule_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "wanted_notices" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_wanted_notices_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "documents" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_documents_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "reception_schedule" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_reception_schedule_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs_stats" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "wanted_notices" CASCADE;
  DROP TABLE "_wanted_notices_v" CASCADE;
  DROP TABLE "documents" CASCADE;
  DROP TABLE "_documents_v" CASCADE;
  DROP TABLE "reception_schedule" CASCADE;
  DROP TABLE "_reception_schedule_v" CASCADE;
  DROP TABLE "payload_jobs_stats" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_wanted_notices_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_documents_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_reception_schedule_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'deliverRebuild', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'deliverRebuild', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "articles_is_warning_idx";
  DROP INDEX "_articles_v_version_version_is_warning_idx";
  DROP INDEX "payload_locked_documents_rels_wanted_notices_id_idx";
  DROP INDEX "payload_locked_documents_rels_documents_id_idx";
  DROP INDEX "payload_locked_documents_rels_reception_schedule_id_idx";
  ALTER TABLE "articles" DROP COLUMN "is_warning";
  ALTER TABLE "articles" DROP COLUMN "warning_until";
  ALTER TABLE "articles" DROP COLUMN "warninguntil_tz";
  ALTER TABLE "_articles_v" DROP COLUMN "version_is_warning";
  ALTER TABLE "_articles_v" DROP COLUMN "version_warning_until";
  ALTER TABLE "_articles_v" DROP COLUMN "version_warninguntil_tz";
  ALTER TABLE "payload_jobs" DROP COLUMN "meta";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "wanted_notices_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "documents_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "reception_schedule_id";
  DROP TYPE "public"."enum_articles_warninguntil_tz";
  DROP TYPE "public"."enum__articles_v_version_warninguntil_tz";
  DROP TYPE "public"."enum_wanted_notices_sex";
  DROP TYPE "public"."enum_wanted_notices_notice_status";
  DROP TYPE "public"."enum_wanted_notices_expiresat_tz";
  DROP TYPE "public"."enum_wanted_notices_status";
  DROP TYPE "public"."enum__wanted_notices_v_version_sex";
  DROP TYPE "public"."enum__wanted_notices_v_version_expiresat_tz";
  DROP TYPE "public"."enum__wanted_notices_v_version_status";
  DROP TYPE "public"."enum_documents_type";
  DROP TYPE "public"."enum_documents_issuedat_tz";
  DROP TYPE "public"."enum_documents_effectiveat_tz";
  DROP TYPE "public"."enum_documents_status";
  DROP TYPE "public"."enum__documents_v_version_type";
  DROP TYPE "public"."enum__documents_v_version_issuedat_tz";
  DROP TYPE "public"."enum__documents_v_version_effectiveat_tz";
  DROP TYPE "public"."enum__documents_v_version_status";
  DROP TYPE "public"."enum_reception_schedule_status";
  DROP TYPE "public"."enum__reception_schedule_v_version_status";`)
}
