import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`reception_schedule\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`date\` text,
  	\`time\` text,
  	\`leader\` text,
  	\`place\` text,
  	\`subject\` text,
  	\`created_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`deleted_at\` text,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`reception_schedule_date_idx\` ON \`reception_schedule\` (\`date\`);`)
  await db.run(sql`CREATE INDEX \`reception_schedule_created_by_idx\` ON \`reception_schedule\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`reception_schedule_updated_at_idx\` ON \`reception_schedule\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`reception_schedule_created_at_idx\` ON \`reception_schedule\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`reception_schedule_deleted_at_idx\` ON \`reception_schedule\` (\`deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`reception_schedule__status_idx\` ON \`reception_schedule\` (\`_status\`);`)
  await db.run(sql`CREATE INDEX \`reception_schedule_status_deleted_created_idx\` ON \`reception_schedule\` (\`_status\`,\`deleted_at\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`reception_schedule_status_deleted_updated_idx\` ON \`reception_schedule\` (\`_status\`,\`deleted_at\`,\`updated_at\`);`)
  await db.run(sql`CREATE TABLE \`_reception_schedule_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_date\` text,
  	\`version_time\` text,
  	\`version_leader\` text,
  	\`version_place\` text,
  	\`version_subject\` text,
  	\`version_created_by_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version_deleted_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`reception_schedule\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_reception_schedule_v_parent_idx\` ON \`_reception_schedule_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_reception_schedule_v_version_version_date_idx\` ON \`_reception_schedule_v\` (\`version_date\`);`)
  await db.run(sql`CREATE INDEX \`_reception_schedule_v_version_version_created_by_idx\` ON \`_reception_schedule_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_reception_schedule_v_version_version_updated_at_idx\` ON \`_reception_schedule_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_reception_schedule_v_version_version_created_at_idx\` ON \`_reception_schedule_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_reception_schedule_v_version_version_deleted_at_idx\` ON \`_reception_schedule_v\` (\`version_deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`_reception_schedule_v_version_version__status_idx\` ON \`_reception_schedule_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_reception_schedule_v_created_at_idx\` ON \`_reception_schedule_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_reception_schedule_v_updated_at_idx\` ON \`_reception_schedule_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_reception_schedule_v_latest_idx\` ON \`_reception_schedule_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_reception_schedule_v_autosave_idx\` ON \`_reception_schedule_v\` (\`autosave\`);`)
  await db.run(sql`CREATE INDEX \`_reception_schedule_v_latest_deleted_created_idx\` ON \`_reception_schedule_v\` (\`latest\`,\`version_deleted_at\`,\`version_created_at\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_reception_schedule_v_latest_deleted_updated_idx\` ON \`_reception_schedule_v\` (\`latest\`,\`version_deleted_at\`,\`version_updated_at\`,\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`reception_schedule_id\` integer REFERENCES reception_schedule(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_reception_schedule_id_idx\` ON \`payload_locked_documents_rels\` (\`reception_schedule_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`reception_schedule\`;`)
  await db.run(sql`DROP TABLE \`_reception_schedule_v\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` integer,
  	\`wanted_notices_id\` integer,
  	\`documents_id\` integer,
  	\`media_id\` integer,
  	\`authors_id\` integer,
  	\`categories_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`wanted_notices_id\`) REFERENCES \`wanted_notices\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`documents_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`authors_id\`) REFERENCES \`authors\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`categories_id\`) REFERENCES \`categories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "articles_id", "wanted_notices_id", "documents_id", "media_id", "authors_id", "categories_id", "users_id") SELECT "id", "order", "parent_id", "path", "articles_id", "wanted_notices_id", "documents_id", "media_id", "authors_id", "categories_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_articles_id_idx\` ON \`payload_locked_documents_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_wanted_notices_id_idx\` ON \`payload_locked_documents_rels\` (\`wanted_notices_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_documents_id_idx\` ON \`payload_locked_documents_rels\` (\`documents_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_authors_id_idx\` ON \`payload_locked_documents_rels\` (\`authors_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_categories_id_idx\` ON \`payload_locked_documents_rels\` (\`categories_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_order_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`,\`order\`);`)
}
