import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_media\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`caption\` text NOT NULL,
  	\`alt\` text,
  	\`credit\` text,
  	\`placeholder\` integer DEFAULT false,
  	\`is_public\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	\`sizes_w480_webp_url\` text,
  	\`sizes_w480_webp_width\` numeric,
  	\`sizes_w480_webp_height\` numeric,
  	\`sizes_w480_webp_mime_type\` text,
  	\`sizes_w480_webp_filesize\` numeric,
  	\`sizes_w480_webp_filename\` text,
  	\`sizes_w480_avif_url\` text,
  	\`sizes_w480_avif_width\` numeric,
  	\`sizes_w480_avif_height\` numeric,
  	\`sizes_w480_avif_mime_type\` text,
  	\`sizes_w480_avif_filesize\` numeric,
  	\`sizes_w480_avif_filename\` text,
  	\`sizes_w800_webp_url\` text,
  	\`sizes_w800_webp_width\` numeric,
  	\`sizes_w800_webp_height\` numeric,
  	\`sizes_w800_webp_mime_type\` text,
  	\`sizes_w800_webp_filesize\` numeric,
  	\`sizes_w800_webp_filename\` text,
  	\`sizes_w800_avif_url\` text,
  	\`sizes_w800_avif_width\` numeric,
  	\`sizes_w800_avif_height\` numeric,
  	\`sizes_w800_avif_mime_type\` text,
  	\`sizes_w800_avif_filesize\` numeric,
  	\`sizes_w800_avif_filename\` text,
  	\`sizes_w1200_webp_url\` text,
  	\`sizes_w1200_webp_width\` numeric,
  	\`sizes_w1200_webp_height\` numeric,
  	\`sizes_w1200_webp_mime_type\` text,
  	\`sizes_w1200_webp_filesize\` numeric,
  	\`sizes_w1200_webp_filename\` text,
  	\`sizes_w1200_avif_url\` text,
  	\`sizes_w1200_avif_width\` numeric,
  	\`sizes_w1200_avif_height\` numeric,
  	\`sizes_w1200_avif_mime_type\` text,
  	\`sizes_w1200_avif_filesize\` numeric,
  	\`sizes_w1200_avif_filename\` text,
  	\`sizes_w1600_webp_url\` text,
  	\`sizes_w1600_webp_width\` numeric,
  	\`sizes_w1600_webp_height\` numeric,
  	\`sizes_w1600_webp_mime_type\` text,
  	\`sizes_w1600_webp_filesize\` numeric,
  	\`sizes_w1600_webp_filename\` text,
  	\`sizes_w1600_avif_url\` text,
  	\`sizes_w1600_avif_width\` numeric,
  	\`sizes_w1600_avif_height\` numeric,
  	\`sizes_w1600_avif_mime_type\` text,
  	\`sizes_w1600_avif_filesize\` numeric,
  	\`sizes_w1600_avif_filename\` text,
  	\`sizes_social_url\` text,
  	\`sizes_social_width\` numeric,
  	\`sizes_social_height\` numeric,
  	\`sizes_social_mime_type\` text,
  	\`sizes_social_filesize\` numeric,
  	\`sizes_social_filename\` text
  );
  `)
  await db.run(sql`INSERT INTO \`__new_media\`("id", "caption", "alt", "credit", "placeholder", "is_public", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y", "sizes_w480_webp_url", "sizes_w480_webp_width", "sizes_w480_webp_height", "sizes_w480_webp_mime_type", "sizes_w480_webp_filesize", "sizes_w480_webp_filename", "sizes_w480_avif_url", "sizes_w480_avif_width", "sizes_w480_avif_height", "sizes_w480_avif_mime_type", "sizes_w480_avif_filesize", "sizes_w480_avif_filename", "sizes_w800_webp_url", "sizes_w800_webp_width", "sizes_w800_webp_height", "sizes_w800_webp_mime_type", "sizes_w800_webp_filesize", "sizes_w800_webp_filename", "sizes_w800_avif_url", "sizes_w800_avif_width", "sizes_w800_avif_height", "sizes_w800_avif_mime_type", "sizes_w800_avif_filesize", "sizes_w800_avif_filename", "sizes_w1200_webp_url", "sizes_w1200_webp_width", "sizes_w1200_webp_height", "sizes_w1200_webp_mime_type", "sizes_w1200_webp_filesize", "sizes_w1200_webp_filename", "sizes_w1200_avif_url", "sizes_w1200_avif_width", "sizes_w1200_avif_height", "sizes_w1200_avif_mime_type", "sizes_w1200_avif_filesize", "sizes_w1200_avif_filename", "sizes_w1600_webp_url", "sizes_w1600_webp_width", "sizes_w1600_webp_height", "sizes_w1600_webp_mime_type", "sizes_w1600_webp_filesize", "sizes_w1600_webp_filename", "sizes_w1600_avif_url", "sizes_w1600_avif_width", "sizes_w1600_avif_height", "sizes_w1600_avif_mime_type", "sizes_w1600_avif_filesize", "sizes_w1600_avif_filename", "sizes_social_url", "sizes_social_width", "sizes_social_height", "sizes_social_mime_type", "sizes_social_filesize", "sizes_social_filename") SELECT "id", "caption", "alt", "credit", "placeholder", "is_public", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y", "sizes_w480_webp_url", "sizes_w480_webp_width", "sizes_w480_webp_height", "sizes_w480_webp_mime_type", "sizes_w480_webp_filesize", "sizes_w480_webp_filename", "sizes_w480_avif_url", "sizes_w480_avif_width", "sizes_w480_avif_height", "sizes_w480_avif_mime_type", "sizes_w480_avif_filesize", "sizes_w480_avif_filename", "sizes_w800_webp_url", "sizes_w800_webp_width", "sizes_w800_webp_height", "sizes_w800_webp_mime_type", "sizes_w800_webp_filesize", "sizes_w800_webp_filename", "sizes_w800_avif_url", "sizes_w800_avif_width", "sizes_w800_avif_height", "sizes_w800_avif_mime_type", "sizes_w800_avif_filesize", "sizes_w800_avif_filename", "sizes_w1200_webp_url", "sizes_w1200_webp_width", "sizes_w1200_webp_height", "sizes_w1200_webp_mime_type", "sizes_w1200_webp_filesize", "sizes_w1200_webp_filename", "sizes_w1200_avif_url", "sizes_w1200_avif_width", "sizes_w1200_avif_height", "sizes_w1200_avif_mime_type", "sizes_w1200_avif_filesize", "sizes_w1200_avif_filename", "sizes_w1600_webp_url", "sizes_w1600_webp_width", "sizes_w1600_webp_height", "sizes_w1600_webp_mime_type", "sizes_w1600_webp_filesize", "sizes_w1600_webp_filename", "sizes_w1600_avif_url", "sizes_w1600_avif_width", "sizes_w1600_avif_height", "sizes_w1600_avif_mime_type", "sizes_w1600_avif_filesize", "sizes_w1600_avif_filename", "sizes_social_url", "sizes_social_width", "sizes_social_height", "sizes_social_mime_type", "sizes_social_filesize", "sizes_social_filename" FROM \`media\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`ALTER TABLE \`__new_media\` RENAME TO \`media\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_w480_webp_sizes_w480_webp_filename_idx\` ON \`media\` (\`sizes_w480_webp_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_w480_avif_sizes_w480_avif_filename_idx\` ON \`media\` (\`sizes_w480_avif_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_w800_webp_sizes_w800_webp_filename_idx\` ON \`media\` (\`sizes_w800_webp_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_w800_avif_sizes_w800_avif_filename_idx\` ON \`media\` (\`sizes_w800_avif_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_w1200_webp_sizes_w1200_webp_filename_idx\` ON \`media\` (\`sizes_w1200_webp_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_w1200_avif_sizes_w1200_avif_filename_idx\` ON \`media\` (\`sizes_w1200_avif_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_w1600_webp_sizes_w1600_webp_filename_idx\` ON \`media\` (\`sizes_w1600_webp_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_w1600_avif_sizes_w1600_avif_filename_idx\` ON \`media\` (\`sizes_w1600_avif_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_social_sizes_social_filename_idx\` ON \`media\` (\`sizes_social_filename\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_media\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`caption\` text NOT NULL,
  	\`alt\` text NOT NULL,
  	\`credit\` text,
  	\`placeholder\` integer DEFAULT false,
  	\`is_public\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	\`sizes_w480_webp_url\` text,
  	\`sizes_w480_webp_width\` numeric,
  	\`sizes_w480_webp_height\` numeric,
  	\`sizes_w480_webp_mime_type\` text,
  	\`sizes_w480_webp_filesize\` numeric,
  	\`sizes_w480_webp_filename\` text,
  	\`sizes_w480_avif_url\` text,
  	\`sizes_w480_avif_width\` numeric,
  	\`sizes_w480_avif_height\` numeric,
  	\`sizes_w480_avif_mime_type\` text,
  	\`sizes_w480_avif_filesize\` numeric,
  	\`sizes_w480_avif_filename\` text,
  	\`sizes_w800_webp_url\` text,
  	\`sizes_w800_webp_width\` numeric,
  	\`sizes_w800_webp_height\` numeric,
  	\`sizes_w800_webp_mime_type\` text,
  	\`sizes_w800_webp_filesize\` numeric,
  	\`sizes_w800_webp_filename\` text,
  	\`sizes_w800_avif_url\` text,
  	\`sizes_w800_avif_width\` numeric,
  	\`sizes_w800_avif_height\` numeric,
  	\`sizes_w800_avif_mime_type\` text,
  	\`sizes_w800_avif_filesize\` numeric,
  	\`sizes_w800_avif_filename\` text,
  	\`sizes_w1200_webp_url\` text,
  	\`sizes_w1200_webp_width\` numeric,
  	\`sizes_w1200_webp_height\` numeric,
  	\`sizes_w1200_webp_mime_type\` text,
  	\`sizes_w1200_webp_filesize\` numeric,
  	\`sizes_w1200_webp_filename\` text,
  	\`sizes_w1200_avif_url\` text,
  	\`sizes_w1200_avif_width\` numeric,
  	\`sizes_w1200_avif_height\` numeric,
  	\`sizes_w1200_avif_mime_type\` text,
  	\`sizes_w1200_avif_filesize\` numeric,
  	\`sizes_w1200_avif_filename\` text,
  	\`sizes_w1600_webp_url\` text,
  	\`sizes_w1600_webp_width\` numeric,
  	\`sizes_w1600_webp_height\` numeric,
  	\`sizes_w1600_webp_mime_type\` text,
  	\`sizes_w1600_webp_filesize\` numeric,
  	\`sizes_w1600_webp_filename\` text,
  	\`sizes_w1600_avif_url\` text,
  	\`sizes_w1600_avif_width\` numeric,
  	\`sizes_w1600_avif_height\` numeric,
  	\`sizes_w1600_avif_mime_type\` text,
  	\`sizes_w1600_avif_filesize\` numeric,
  	\`sizes_w1600_avif_filename\` text,
  	\`sizes_social_url\` text,
  	\`sizes_social_width\` numeric,
  	\`sizes_social_height\` numeric,
  	\`sizes_social_mime_type\` text,
  	\`sizes_social_filesize\` numeric,
  	\`sizes_social_filename\` text
  );
  `)
  await db.run(sql`INSERT INTO \`__new_media\`("id", "caption", "alt", "credit", "placeholder", "is_public", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y", "sizes_w480_webp_url", "sizes_w480_webp_width", "sizes_w480_webp_height", "sizes_w480_webp_mime_type", "sizes_w480_webp_filesize", "sizes_w480_webp_filename", "sizes_w480_avif_url", "sizes_w480_avif_width", "sizes_w480_avif_height", "sizes_w480_avif_mime_type", "sizes_w480_avif_filesize", "sizes_w480_avif_filename", "sizes_w800_webp_url", "sizes_w800_webp_width", "sizes_w800_webp_height", "sizes_w800_webp_mime_type", "sizes_w800_webp_filesize", "sizes_w800_webp_filename", "sizes_w800_avif_url", "sizes_w800_avif_width", "sizes_w800_avif_height", "sizes_w800_avif_mime_type", "sizes_w800_avif_filesize", "sizes_w800_avif_filename", "sizes_w1200_webp_url", "sizes_w1200_webp_width", "sizes_w1200_webp_height", "sizes_w1200_webp_mime_type", "sizes_w1200_webp_filesize", "sizes_w1200_webp_filename", "sizes_w1200_avif_url", "sizes_w1200_avif_width", "sizes_w1200_avif_height", "sizes_w1200_avif_mime_type", "sizes_w1200_avif_filesize", "sizes_w1200_avif_filename", "sizes_w1600_webp_url", "sizes_w1600_webp_width", "sizes_w1600_webp_height", "sizes_w1600_webp_mime_type", "sizes_w1600_webp_filesize", "sizes_w1600_webp_filename", "sizes_w1600_avif_url", "sizes_w1600_avif_width", "sizes_w1600_avif_height", "sizes_w1600_avif_mime_type", "sizes_w1600_avif_filesize", "sizes_w1600_avif_filename", "sizes_social_url", "sizes_social_width", "sizes_social_height", "sizes_social_mime_type", "sizes_social_filesize", "sizes_social_filename") SELECT "id", "caption", "alt", "credit", "placeholder", "is_public", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y", "sizes_w480_webp_url", "sizes_w480_webp_width", "sizes_w480_webp_height", "sizes_w480_webp_mime_type", "sizes_w480_webp_filesize", "sizes_w480_webp_filename", "sizes_w480_avif_url", "sizes_w480_avif_width", "sizes_w480_avif_height", "sizes_w480_avif_mime_type", "sizes_w480_avif_filesize", "sizes_w480_avif_filename", "sizes_w800_webp_url", "sizes_w800_webp_width", "sizes_w800_webp_height", "sizes_w800_webp_mime_type", "sizes_w800_webp_filesize", "sizes_w800_webp_filename", "sizes_w800_avif_url", "sizes_w800_avif_width", "sizes_w800_avif_height", "sizes_w800_avif_mime_type", "sizes_w800_avif_filesize", "sizes_w800_avif_filename", "sizes_w1200_webp_url", "sizes_w1200_webp_width", "sizes_w1200_webp_height", "sizes_w1200_webp_mime_type", "sizes_w1200_webp_filesize", "sizes_w1200_webp_filename", "sizes_w1200_avif_url", "sizes_w1200_avif_width", "sizes_w1200_avif_height", "sizes_w1200_avif_mime_type", "sizes_w1200_avif_filesize", "sizes_w1200_avif_filename", "sizes_w1600_webp_url", "sizes_w1600_webp_width", "sizes_w1600_webp_height", "sizes_w1600_webp_mime_type", "sizes_w1600_webp_filesize", "sizes_w1600_webp_filename", "sizes_w1600_avif_url", "sizes_w1600_avif_width", "sizes_w1600_avif_height", "sizes_w1600_avif_mime_type", "sizes_w1600_avif_filesize", "sizes_w1600_avif_filename", "sizes_social_url", "sizes_social_width", "sizes_social_height", "sizes_social_mime_type", "sizes_social_filesize", "sizes_social_filename" FROM \`media\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`ALTER TABLE \`__new_media\` RENAME TO \`media\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_w480_webp_sizes_w480_webp_filename_idx\` ON \`media\` (\`sizes_w480_webp_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_w480_avif_sizes_w480_avif_filename_idx\` ON \`media\` (\`sizes_w480_avif_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_w800_webp_sizes_w800_webp_filename_idx\` ON \`media\` (\`sizes_w800_webp_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_w800_avif_sizes_w800_avif_filename_idx\` ON \`media\` (\`sizes_w800_avif_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_w1200_webp_sizes_w1200_webp_filename_idx\` ON \`media\` (\`sizes_w1200_webp_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_w1200_avif_sizes_w1200_avif_filename_idx\` ON \`media\` (\`sizes_w1200_avif_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_w1600_webp_sizes_w1600_webp_filename_idx\` ON \`media\` (\`sizes_w1600_webp_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_w1600_avif_sizes_w1600_avif_filename_idx\` ON \`media\` (\`sizes_w1600_avif_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_social_sizes_social_filename_idx\` ON \`media\` (\`sizes_social_filename\`);`)
}
