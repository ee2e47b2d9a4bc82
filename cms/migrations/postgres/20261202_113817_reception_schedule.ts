import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_reception_schedule_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__reception_schedule_v_version_status" AS ENUM('draft', 'published');
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
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "reception_schedule_id" integer;
  ALTER TABLE "reception_schedule" ADD CONSTRAINT "reception_schedule_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_reception_schedule_v" ADD CONSTRAINT "_reception_schedule_v_parent_id_reception_schedule_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."reception_schedule"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_reception_schedule_v" ADD CONSTRAINT "_reception_schedule_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
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
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_reception_schedule_fk" FOREIGN KEY ("reception_schedule_id") REFERENCES "public"."reception_schedule"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_reception_schedule_id_idx" ON "payload_locked_documents_rels" USING btree ("reception_schedule_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "reception_schedule" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_reception_schedule_v" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "reception_schedule" CASCADE;
  DROP TABLE "_reception_schedule_v" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_reception_schedule_fk";
  
  DROP INDEX "payload_locked_documents_rels_reception_schedule_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "reception_schedule_id";
  DROP TYPE "public"."enum_reception_schedule_status";
  DROP TYPE "public"."enum__reception_schedule_v_version_status";`)
}
