import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`wanted_notices\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`full_name\` text,
  	\`other_names\` text,
  	\`birth_year\` numeric,
  	\`sex\` text,
  	\`residence\` text,
  	\`photo_id\` integer,
  	\`offence\` text,
  	\`decision_number\` text,
  	\`decision_date\` text,
  	\`issuing_unit\` text,
  	\`contact_phone\` text,
  	\`status\` text DEFAULT 'wanted',
  	\`expires_at\` text,
  	\`expiresat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`slug\` text,
  	\`on_site\` integer DEFAULT false,
  	\`created_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`deleted_at\` text,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`photo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`wanted_notices_photo_idx\` ON \`wanted_notices\` (\`photo_id\`);`)
  await db.run(sql`CREATE INDEX \`wanted_notices_status_idx\` ON \`wanted_notices\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`wanted_notices_expires_at_idx\` ON \`wanted_notices\` (\`expires_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`wanted_notices_slug_idx\` ON \`wanted_notices\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`wanted_notices_on_site_idx\` ON \`wanted_notices\` (\`on_site\`);`)
  await db.run(sql`CREATE INDEX \`wanted_notices_created_by_idx\` ON \`wanted_notices\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`wanted_notices_updated_at_idx\` ON \`wanted_notices\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`wanted_notices_created_at_idx\` ON \`wanted_notices\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`wanted_notices_deleted_at_idx\` ON \`wanted_notices\` (\`deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`wanted_notices__status_idx\` ON \`wanted_notices\` (\`_status\`);`)
  await db.run(sql`CREATE INDEX \`wanted_notices_status_deleted_created_idx\` ON \`wanted_notices\` (\`_status\`,\`deleted_at\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`wanted_notices_status_deleted_updated_idx\` ON \`wanted_notices\` (\`_status\`,\`deleted_at\`,\`updated_at\`);`)
  await db.run(sql`CREATE TABLE \`_wanted_notices_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_full_name\` text,
  	\`version_other_names\` text,
  	\`version_birth_year\` numeric,
  	\`version_sex\` text,
  	\`version_residence\` text,
  	\`version_photo_id\` integer,
  	\`version_offence\` text,
  	\`version_decision_number\` text,
  	\`version_decision_date\` text,
  	\`version_issuing_unit\` text,
  	\`version_contact_phone\` text,
  	\`version_status\` text DEFAULT 'wanted',
  	\`version_expires_at\` text,
  	\`version_expiresat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`version_slug\` text,
  	\`version_on_site\` integer DEFAULT false,
  	\`version_created_by_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version_deleted_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`wanted_notices\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_photo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_wanted_notices_v_parent_idx\` ON \`_wanted_notices_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_wanted_notices_v_version_version_photo_idx\` ON \`_wanted_notices_v\` (\`version_photo_id\`);`)
  await db.run(sql`CREATE INDEX \`_wanted_notices_v_version_version_status_idx\` ON \`_wanted_notices_v\` (\`version_status\`);`)
  await db.run(sql`CREATE INDEX \`_wanted_notices_v_version_version_expires_at_idx\` ON \`_wanted_notices_v\` (\`version_expires_at\`);`)
  await db.run(sql`CREATE INDEX \`_wanted_notices_v_version_version_slug_idx\` ON \`_wanted_notices_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_wanted_notices_v_version_version_on_site_idx\` ON \`_wanted_notices_v\` (\`version_on_site\`);`)
  await db.run(sql`CREATE INDEX \`_wanted_notices_v_version_version_created_by_idx\` ON \`_wanted_notices_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_wanted_notices_v_version_version_updated_at_idx\` ON \`_wanted_notices_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_wanted_notices_v_version_version_created_at_idx\` ON \`_wanted_notices_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_wanted_notices_v_version_version_deleted_at_idx\` ON \`_wanted_notices_v\` (\`version_deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`_wanted_notices_v_version_version__status_idx\` ON \`_wanted_notices_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_wanted_notices_v_created_at_idx\` ON \`_wanted_notices_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_wanted_notices_v_updated_at_idx\` ON \`_wanted_notices_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_wanted_notices_v_latest_idx\` ON \`_wanted_notices_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_wanted_notices_v_autosave_idx\` ON \`_wanted_notices_v\` (\`autosave\`);`)
  await db.run(sql`CREATE INDEX \`_wanted_notices_v_latest_deleted_created_idx\` ON \`_wanted_notices_v\` (\`latest\`,\`version_deleted_at\`,\`version_created_at\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_wanted_notices_v_latest_deleted_updated_idx\` ON \`_wanted_notices_v\` (\`latest\`,\`version_deleted_at\`,\`version_updated_at\`,\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_stats\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`stats\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`ALTER TABLE \`payload_jobs\` ADD \`meta\` text;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`wanted_notices_id\` integer REFERENCES wanted_notices(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_wanted_notices_id_idx\` ON \`payload_locked_documents_rels\` (\`wanted_notices_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`wanted_notices\`;`)
  await db.run(sql`DROP TABLE \`_wanted_notices_v\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_stats\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` integer,
  	\`media_id\` integer,
  	\`authors_id\` integer,
  	\`categories_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`authors_id\`) REFERENCES \`authors\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`categories_id\`) REFERENCES \`categories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "articles_id", "media_id", "authors_id", "categories_id", "users_id") SELECT "id", "order", "parent_id", "path", "articles_id", "media_id", "authors_id", "categories_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_articles_id_idx\` ON \`payload_locked_documents_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_authors_id_idx\` ON \`payload_locked_documents_rels\` (\`authors_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_categories_id_idx\` ON \`payload_locked_documents_rels\` (\`categories_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_order_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`,\`order\`);`)
  await db.run(sql`ALTER TABLE \`payload_jobs\` DROP COLUMN \`meta\`;`)
}
