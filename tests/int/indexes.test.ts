import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { startTestCms, type TestCms } from '../helpers/payload'

/**
 * The queries Payload sends for every list read must find their rows through an index, or a page
 * of N documents costs N scans of a table that grows with the archive (docs/database.md). On
 * SQLite the query planner is asked directly (it plans by the schema alone, so an empty database
 * gives the same plan as a full one); PostgreSQL plans by table statistics, so there the catalog
 * is checked for an index with the right leading columns.
 */
let cms: TestCms
let postgres = false

type Row = Record<string, unknown>

async function query(raw: string): Promise<Row[]> {
  const db = cms.payload.db as unknown as {
    drizzle: unknown
    execute: (args: { drizzle: unknown; raw: string }) => Promise<{ rows: Row[] }>
  }
  return (await db.execute({ drizzle: db.drizzle, raw })).rows
}

/** Every index of every table, each as its ordered list of columns. */
async function indexColumns(): Promise<Map<string, Array<{ index: string; columns: string[] }>>> {
  const rows = postgres
    ? await query(`
        SELECT t.relname AS tbl, i.relname AS idx, a.attname AS col
        FROM pg_index x
        JOIN pg_class t ON t.oid = x.indrelid
        JOIN pg_class i ON i.oid = x.indexrelid
        JOIN pg_namespace n ON n.oid = t.relnamespace AND n.nspname = current_schema()
        CROSS JOIN LATERAL unnest(x.indkey) WITH ORDINALITY AS k(attnum, pos)
        JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
        ORDER BY t.relname, i.relname, k.pos`)
    : await query(`
        SELECT m.name AS tbl, il.name AS idx, ii.name AS col
        FROM sqlite_master m, pragma_index_list(m.name) il, pragma_index_info(il.name) ii
        WHERE m.type = 'table'
        ORDER BY m.name, il.name, ii.seqno`)
  const byTable = new Map<string, Array<{ index: string; columns: string[] }>>()
  for (const row of rows) {
    const list = byTable.get(String(row.tbl)) ?? []
    let entry = list.find((e) => e.index === row.idx)
    if (!entry) list.push((entry = { index: String(row.idx), columns: [] }))
    entry.columns.push(String(row.col))
    byTable.set(String(row.tbl), list)
  }
  return byTable
}

async function tableColumns(): Promise<Map<string, string[]>> {
  const rows = postgres
    ? await query(`
        SELECT table_name AS tbl, column_name AS col FROM information_schema.columns
        WHERE table_schema = current_schema()`)
    : await query(`
        SELECT m.name AS tbl, p.name AS col FROM sqlite_master m, pragma_table_info(m.name) p
        WHERE m.type = 'table'`)
  const byTable = new Map<string, string[]>()
  for (const { tbl, col } of rows) {
    byTable.set(String(tbl), [...(byTable.get(String(tbl)) ?? []), String(col)])
  }
  return byTable
}

/** SQLite's plan for a query, one line per step ("SEARCH t USING INDEX i (parent_id=?)"). */
async function plan(sql: string): Promise<string[]> {
  return (await query(`EXPLAIN QUERY PLAN ${sql}`)).map((row) => String(row.detail))
}

/**
 * The query reads `table` through an index whose first columns are `leading`, without scanning the
 * table and without sorting the rows it found.
 */
async function expectIndexed(table: string, leading: string[], sql: string) {
  const indexes = (await indexColumns()).get(table) ?? []
  const startsRight = (columns: string[]) => leading.every((column, n) => columns[n] === column)
  if (postgres) {
    const fitting = indexes.filter((i) => startsRight(i.columns))
    expect(fitting, `${table}: an index on (${leading})`).not.toEqual([])
    return
  }
  const steps = await plan(sql)
  const context = `${sql}\n${steps.join('\n')}`
  // A partial sort of rows that tie on the indexed column ("RIGHT PART OF ORDER BY") is fine.
  const slow = steps.filter(
    (s) => s.startsWith(`SCAN ${table}`) || s === 'USE TEMP B-TREE FOR ORDER BY',
  )
  expect(slow, context).toEqual([])
  const search = new RegExp(`^SEARCH ${table} USING (?:COVERING )?INDEX (\\S+)`)
  const used = steps.map((s) => s.match(search)?.[1]).find(Boolean)
  const usedColumns = indexes.find((i) => i.index === used)?.columns
  expect(usedColumns?.slice(0, leading.length), context).toEqual(leading)
}

beforeAll(async () => {
  cms = await startTestCms()
  postgres = cms.payload.db.name === 'postgres'
})

afterAll(async () => {
  await cms?.close()
})

describe('database indexes for an archive of tens of thousands of articles', () => {
  test('each table of hasMany values, relations and array rows is read by parent in order', async () => {
    const columns = await tableColumns()
    const isValueTable = (table: string, cols: string[]) =>
      /_(texts|numbers|rels)$/.test(table) && cols.includes('parent_id')
    const isArrayTable = (cols: string[]) => cols.includes('_parent_id')
    const children = [...columns].filter(([t, cols]) => isValueTable(t, cols) || isArrayTable(cols))
    // The tables the current collections generate; a new one is checked too, without listing it.
    expect(children.map(([table]) => table)).toEqual(
      expect.arrayContaining([
        'articles_texts',
        'articles_rels',
        '_articles_v_texts',
        '_articles_v_rels',
        'users_sessions',
        'payload_jobs_log',
        'payload_locked_documents_rels',
        'payload_preferences_rels',
      ]),
    )
    for (const [table, cols] of children) {
      const [parent, order] = isArrayTable(cols) ? ['_parent_id', '_order'] : ['parent_id', 'order']
      const lookup = `SELECT * FROM "${table}" WHERE "${parent}" = 1 ORDER BY "${order}" ASC`
      await expectIndexed(table, [parent, order], lookup)
    }
  })

  test('filtering articles by a tag finds the tag rows through an index', async () => {
    for (const table of ['articles_texts', '_articles_v_texts']) {
      const lookup = `SELECT parent_id FROM "${table}" WHERE "text" = 'Giao thông'`
      await expectIndexed(table, ['text'], lookup)
    }
  })

  test.each([
    ['newest first (REST default)', 'created_at', 'ORDER BY "created_at" DESC'],
    ['by last change (site sync)', 'updated_at', 'ORDER BY "updated_at" ASC'],
    ['by publication date', 'published_at', 'ORDER BY "published_at" DESC'],
  ])('a page of published articles %s is read in order from an index', async (_, sort, orderBy) => {
    await expectIndexed(
      'articles',
      ['_status', 'deleted_at', sort],
      `SELECT * FROM "articles" WHERE "_status" = 'published' AND "deleted_at" IS NULL
       ${orderBy} LIMIT 20`,
    )
  })

  test.each([
    ['newest first', 'version_created_at'],
    ['by last change', 'version_updated_at'],
  ])(
    'the admin list of articles (latest versions) %s is read in order from an index',
    async (_, by) => {
      await expectIndexed(
        '_articles_v',
        ['latest', 'version_deleted_at', by, 'created_at'],
        `SELECT * FROM "_articles_v" WHERE "latest" = 1 AND "version_deleted_at" IS NULL
       ORDER BY "${by}" DESC, "created_at" DESC LIMIT 10`,
      )
    },
  )
})
