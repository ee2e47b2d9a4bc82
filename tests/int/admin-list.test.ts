import type { Where } from 'payload'
import { mergeListSearchAndWhere } from 'payload/shared'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { startTestCms, type TestCms } from '../helpers/payload'
import { createStaffMember, type StaffMember } from '../helpers/staff'

/**
 * The admin's article list must open in about a second at 20,000 articles (issue 9). Its rows are
 * the latest versions (`_articles_v`), whose rows hold the whole article, body included: every
 * statement that reads the table row by row costs a read of the whole archive (0.3–0.6 s at 20k,
 * docs/database.md). These tests send the queries the list view sends (its Local API call, as an
 * editor) and, on SQLite, ask the planner how each statement on `_articles_v` is run; on
 * PostgreSQL they check that the indexes exist.
 */
let cms: TestCms
let editor: StaffMember
let postgres = false

type Row = Record<string, unknown>
interface Statement {
  sql: string
  args: unknown[]
}

interface LibsqlClient {
  execute: (query: string | Statement) => Promise<{ rows: Row[] }>
}

const client = () => (cms.payload.db as unknown as { client: LibsqlClient }).client

async function query(raw: string): Promise<Row[]> {
  const db = cms.payload.db as unknown as {
    drizzle: unknown
    execute: (args: { drizzle: unknown; raw: string }) => Promise<{ rows: Row[] }>
  }
  return (await db.execute({ drizzle: db.drizzle, raw })).rows
}

/** Each index of `_articles_v` as its ordered list of columns. */
async function versionIndexes(): Promise<Map<string, string[]>> {
  const rows = postgres
    ? await query(`
        SELECT i.relname AS idx, a.attname AS col
        FROM pg_index x
        JOIN pg_class t ON t.oid = x.indrelid AND t.relname = '_articles_v'
        JOIN pg_class i ON i.oid = x.indexrelid
        JOIN pg_namespace n ON n.oid = t.relnamespace AND n.nspname = current_schema()
        CROSS JOIN LATERAL unnest(x.indkey) WITH ORDINALITY AS k(attnum, pos)
        JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
        ORDER BY i.relname, k.pos`)
    : await query(`
        SELECT il.name AS idx, ii.name AS col
        FROM pragma_index_list('_articles_v') il, pragma_index_info(il.name) ii
        ORDER BY il.name, ii.seqno`)
  const indexes = new Map<string, string[]>()
  for (const { idx, col } of rows)
    indexes.set(String(idx), [...(indexes.get(String(idx)) ?? []), String(col)])
  return indexes
}

/** The statements on `_articles_v` that the list view's Local API call sends (SQLite only). */
async function listStatements({
  sort,
  search,
}: {
  sort?: string
  search?: string
}): Promise<Statement[]> {
  const articles = cms.payload.collections.articles.config
  const where: Where | undefined = search
    ? mergeListSearchAndWhere({ collectionConfig: articles, search, where: {} })
    : undefined
  const sent: Statement[] = []
  const sqlite = client()
  const execute = sqlite.execute
  sqlite.execute = (statement) => {
    if (typeof statement === 'object') sent.push(statement)
    return execute.call(sqlite, statement)
  }
  try {
    // What @payloadcms/next's renderListView asks for (views/List/index.js), with the list's columns.
    const user = await cms.payload.findByID({ collection: 'users', id: editor.id })
    await cms.payload.find({
      collection: 'articles',
      depth: 0,
      draft: true,
      includeLockStatus: true,
      limit: articles.admin.pagination?.defaultLimit ?? 10,
      overrideAccess: false,
      select: Object.fromEntries(articles.admin.defaultColumns!.map((column) => [column, true])),
      sort,
      user: { ...user, collection: 'users' },
      where,
    })
  } finally {
    sqlite.execute = execute
  }
  return sent.filter((s) => /from "_articles_v"/i.test(s.sql))
}

/** SQLite's plan for a statement, one line per step. */
async function plan({ sql, args }: Statement): Promise<string[]> {
  const { rows } = await client().execute({ sql: `EXPLAIN QUERY PLAN ${sql}`, args })
  return rows.map((row) => String(row.detail))
}

/**
 * Every statement finds its rows through an index, without sorting all matching rows, and
 * decides each row on what the index holds: the table (the whole article) is read only for the
 * rows the page shows.
 */
async function expectReadThroughIndex(statements: Statement[]) {
  expect(statements.length, 'the list sends its count and its page').toBeGreaterThanOrEqual(2)
  const indexes = await versionIndexes()
  for (const statement of statements) {
    const steps = await plan(statement)
    const context = `${statement.sql}\n${steps.join('\n')}`
    const slow = steps.filter(
      (s) => s.startsWith('SCAN _articles_v') || s === 'USE TEMP B-TREE FOR ORDER BY',
    )
    expect(slow, context).toEqual([])
    const used = steps
      .map((s) => s.match(/^SEARCH _articles_v USING (?:COVERING )?INDEX (\S+)/)?.[1])
      .find(Boolean)
    expect(used, context).toBeTruthy()
    const filtered = [...statement.sql.matchAll(/"_articles_v"\."(\w+)" like/gi)].map((m) => m[1])
    // The searched columns are in the index: SQLite tests them there (a deferred seek).
    expect(indexes.get(used!), context).toEqual(expect.arrayContaining(filtered))
    if (/^select count\(\*\)/i.test(statement.sql))
      expect(steps.join('\n'), context).toMatch(/USING COVERING INDEX/)
  }
}

beforeAll(async () => {
  cms = await startTestCms()
  postgres = cms.payload.db.name === 'postgres'
  await createStaffMember(cms.payload, 'admin', 'quantri')
  editor = await createStaffMember(cms.payload, 'editor', 'bientap')
})

afterAll(async () => {
  await cms?.close()
})

const CASES: Array<[string, { sort?: string; search?: string }]> = [
  ['opened (newest first)', {}],
  ['sorted by last change', { sort: '-updatedAt' }],
  ['sorted by publication date, newest first', { sort: '-publishedAt' }],
  ['sorted by publication date, oldest first', { sort: 'publishedAt' }],
  ['searched by a title word', { search: 'hình sự' }],
  ['searched while sorted by publication date', { sort: '-publishedAt', search: 'ma túy' }],
]

describe('the admin article list at archive size', () => {
  test.each(CASES)('%s: every statement reads the versions through an index', async (_, args) => {
    if (postgres) {
      // PostgreSQL plans by statistics: an empty test database says nothing. The indexes must exist.
      const indexes = [...(await versionIndexes()).values()]
      const starts = (leading: string[]) =>
        indexes.some((cols) => leading.every((c, n) => cols[n] === c))
      const sortColumn = {
        '-updatedAt': 'version_updated_at',
        '-publishedAt': 'version_published_at',
        publishedAt: 'version_published_at',
      }
      const by = args.sort ? sortColumn[args.sort as keyof typeof sortColumn] : 'version_created_at'
      // Searched columns are indexed on SQLite only (cms/database-indexes.ts says why).
      expect(starts(['latest', 'version_deleted_at', by, 'created_at'])).toBe(true)
      return
    }
    await expectReadThroughIndex(await listStatements(args))
  })
})
