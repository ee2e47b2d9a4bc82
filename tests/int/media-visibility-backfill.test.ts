import { sql as postgresSql } from '@payloadcms/db-postgres'
import { sql as sqliteSql } from '@payloadcms/db-sqlite'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { backfillPublicVisibility } from '../../cms/migrations/public-visibility-backfill'
import { createBasics, makeJpeg, paragraph, richText } from '../helpers/content'
import { startTestCms, type TestCms } from '../helpers/payload'

let cms: TestCms

beforeAll(async () => {
  cms = await startTestCms()
})
afterAll(async () => cms?.close())

/** Runs one statement on the test database, whichever SQL database it is. */
function runner() {
  const db = cms.payload.db as unknown as {
    name: string
    drizzle: { run?: (q: unknown) => Promise<unknown>; execute?: (q: unknown) => Promise<unknown> }
  }
  return db.name === 'postgres'
    ? { sql: postgresSql as never, run: (q: never) => db.drizzle.execute!(q) }
    : { sql: sqliteSql as never, run: (q: never) => db.drizzle.run!(q) }
}

describe('public-visibility migration on a database written by the old rule', () => {
  test('fills each public article’s images and corrects image and author flags', async () => {
    const { payload } = cms
    const { author, category } = await createBasics(payload)
    const image = async (name: string) =>
      payload.create({
        collection: 'media',
        data: { caption: name, alt: name },
        file: { data: await makeJpeg(), mimetype: 'image/jpeg', name: `${name}.jpg`, size: 0 },
      })
    const [inBody, hero, wasShown] = [
      await image('trong-bai'),
      await image('dai-dien'),
      await image('tung-hien'),
    ]
    const ghost = await payload.create({
      collection: 'authors',
      data: { fullName: 'Người chưa ký bài', byline: 'NCKB' },
    })
    const live = await payload.create({
      collection: 'articles',
      data: {
        title: 'Bài cũ',
        lead: 'Sapo',
        authors: [author.id],
        category: category.id,
        heroImage: hero.id,
        body: richText(paragraph('Ảnh'), {
          type: 'upload',
          version: 3,
          format: '',
          relationTo: 'media',
          value: inBody.id,
          fields: null,
        }),
        _status: 'published',
      },
    })
    // What an existing database looks like before the migration: no shownImages rows, no author
    // flags, and an image still flagged public after its article was unpublished.
    const { sql, run } = runner()
    const exec = (q: unknown) => run(q as never)
    const s = sql as unknown as (strings: TemplateStringsArray, ...values: unknown[]) => unknown
    await exec(s`DELETE FROM articles_rels WHERE path = 'shownImages'`)
    await exec(s`UPDATE authors SET is_public = ${runnerFalse()}`)
    await exec(s`UPDATE media SET is_public = ${runnerTrue()}`)
    expect(
      (await payload.findByID({ collection: 'articles', id: live.id, depth: 0 })).shownImages,
    ).toEqual([])

    await backfillPublicVisibility({ payload, req: { payload } as never, sql, run })

    const shown = (await payload.findByID({ collection: 'articles', id: live.id, depth: 0 }))
      .shownImages
    expect(new Set(shown as number[])).toEqual(new Set([inBody.id, hero.id]))
    const flag = async (collection: 'media' | 'authors', id: number) =>
      (await payload.findByID({ collection, id, depth: 0 })).isPublic
    expect([
      await flag('media', inBody.id),
      await flag('media', hero.id),
      await flag('media', wasShown.id),
    ]).toEqual([true, true, false])
    expect([await flag('authors', author.id), await flag('authors', ghost.id)]).toEqual([
      true,
      false,
    ])
  })
})

const isPostgres = () => (cms.payload.db as unknown as { name: string }).name === 'postgres'
const runnerTrue = () => (isPostgres() ? true : 1)
const runnerFalse = () => (isPostgres() ? false : 0)
