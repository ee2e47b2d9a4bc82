import type { Payload, PayloadRequest } from 'payload'

import { imagesShownBy } from '../hooks/publicVisibility'

/** drizzle's `sql` tag, as both adapters re-export it, and the call that runs one statement. */
type Sql = (strings: TemplateStringsArray, ...values: unknown[]) => unknown
type Run = (query: never) => Promise<unknown>

const PAGE = 200

/**
 * Fills what the public-visibility migration adds for an existing database: each public article's
 * `shownImages` (hero, social image, body uploads; images deleted since are skipped), then the
 * `isPublic` flag of every image and author from the articles that are public now. Flags set by
 * the old rule ("once shown, public for ever") are corrected. Written in SQL: going through
 * Payload would make a version and a rebuild request per article.
 */
export async function backfillPublicVisibility({
  payload,
  req,
  sql,
  run,
}: {
  payload: Payload
  req: PayloadRequest
  sql: Sql
  run: Run
}) {
  const exec = (query: unknown) => run(query as never)
  for (let page = 1; ; page++) {
    const { docs, hasNextPage } = await payload.db.find<Record<string, unknown>>({
      collection: 'articles',
      where: { and: [{ _status: { equals: 'published' } }, { deletedAt: { exists: false } }] },
      select: { body: true, heroImage: true, seo: true },
      sort: 'id',
      limit: PAGE,
      page,
      pagination: true,
      req,
    })
    for (const doc of docs) {
      let order = 1
      for (const mediaId of imagesShownBy(doc)) {
        if (!/^\d+$/.test(String(mediaId))) continue
        await exec(sql`INSERT INTO articles_rels ("order", parent_id, path, media_id)
          SELECT ${order++}, ${Number(doc.id)}, 'shownImages', id FROM media WHERE id = ${Number(mediaId)}`)
      }
    }
    if (!hasNextPage) break
  }
  await exec(sql`UPDATE media SET is_public = EXISTS (SELECT 1 FROM articles_rels r JOIN articles a ON a.id = r.parent_id
    WHERE r.media_id = media.id AND r.path = 'shownImages' AND a._status = 'published' AND a.deleted_at IS NULL)`)
  await exec(sql`UPDATE authors SET is_public = EXISTS (SELECT 1 FROM articles_rels r JOIN articles a ON a.id = r.parent_id
    WHERE r.authors_id = authors.id AND r.path = 'authors' AND a._status = 'published' AND a.deleted_at IS NULL)`)
}
