/**
 * Indexes Payload does not create but the queries it sends need, added to the adapter's
 * dialect-neutral table definitions (a `beforeSchemaInit` hook), so that `migrate:create` writes
 * them for SQLite and PostgreSQL alike. docs/database.md shows the query plans before and after.
 */

import type { CollectionConfig } from 'payload'

interface RawIndex {
  name: string
  on: string | string[]
}

interface RawTable {
  name: string
  columns: Record<string, { name: string }>
  indexes?: Record<string, RawIndex>
}

/** The part of the SQLite and PostgreSQL adapters this hook reads and extends. */
interface AdapterWithRawTables {
  name: string
  payload: { collections: Record<string, { config: CollectionConfig }> }
  rawTables: Record<string, RawTable>
}

function addIndex(table: RawTable, suffix: string, on: string[]) {
  table.indexes ??= {}
  table.indexes[`bantin_${suffix}`] = { name: `${table.name}_${suffix}_idx`, on }
}

/**
 * Every document read loads its hasMany values (`_texts`, `_numbers`), relationships (`_rels`) and
 * array rows once per document with `WHERE parent_id = ? ORDER BY order`. Payload indexes these
 * tables on (order, parent_id) or on order and parent_id separately, and SQLite then walks the
 * whole table in `order` order for each document: a list of N documents costs N full scans.
 */
function indexChildRows(table: RawTable) {
  const { columns } = table
  // Only the value tables: a collection's own `parent` field (categories) is a different thing.
  const valueTable = /_(texts|numbers|rels)$/.test(table.name)
  if (valueTable && columns.parent && columns.order) {
    addIndex(table, 'parent_order', ['parent', 'order'])
  }
  // Array rows (`_order`) and localized fields (`_locale`) point at their document by `_parent_id`.
  if (columns._parentID && columns._order) {
    addIndex(table, 'parent_order', ['_parentID', '_order'])
  } else if (columns._parentID && columns._locale) {
    addIndex(table, 'parent_locale', ['_parentID', '_locale'])
  }
}

/**
 * Filtering by a hasMany text value (`where[tags][equals]=…`) joins the `_texts` table on the
 * value; without an index on it SQLite scans the whole table.
 */
function indexTextValues(table: RawTable) {
  const { columns } = table
  if (table.name.endsWith('_texts') && columns.text && columns.parent) {
    addIndex(table, 'text_parent', ['text', 'parent'])
  }
}

/**
 * Public lists ask for published documents outside the trash, newest first (the REST default,
 * `-createdAt`), by last change (the site's sync, `updatedAt`) or by publication date. With the
 * filter columns first and the sort column last, a page reads its rows in order from the index and
 * stops at `limit`, instead of loading and sorting every published document.
 */
const LIST_SORTS = { createdAt: 'created', updatedAt: 'updated', publishedAt: 'published' }

function indexPublicLists(table: RawTable) {
  const { columns } = table
  if (!columns._status || !columns.deletedAt) return
  for (const [sort, suffix] of Object.entries(LIST_SORTS)) {
    if (columns[sort]) addIndex(table, `status_deleted_${suffix}`, ['_status', 'deletedAt', sort])
  }
}

/**
 * The admin's list of a collection with drafts reads the latest version of each document
 * (`_<collection>_v` where latest, outside the trash), sorted by the document's creation or last
 * change or by its publication date (a column editors sort by), then by the version's own
 * `createdAt` (Payload's tie-breaker).
 *
 * On SQLite the columns the list searches (`listSearchableFields`) follow, so that a search tests
 * each row in the index and reads the version row, which holds the whole document with its body,
 * only for the rows it shows; the count of matches reads the index alone. Without them a search
 * read every version row twice (count and page): 0.3–0.8 s at 20,000 articles. PostgreSQL keeps
 * bodies out of line (TOAST), so its rows are cheap to scan, and it refuses an index entry over
 * about 2.7 kB, which a long draft title (drafts are saved unvalidated) could exceed.
 */
const VERSION_LIST_SORTS = [
  ['createdAt', 'created'],
  ['updatedAt', 'updated'],
  ['publishedAt', 'published'],
]

function indexLatestVersions(table: RawTable, searched: string[]) {
  const { columns } = table
  if (!columns.parent || !columns.latest || !columns.version_deletedAt) return
  const searchColumns = searched
    .map((field) => `version_${field}`)
    .filter((column) => columns[column])
  for (const [sort, suffix] of VERSION_LIST_SORTS) {
    if (!columns[`version_${sort}`]) continue
    const on = ['latest', 'version_deletedAt', `version_${sort}`, 'createdAt', ...searchColumns]
    addIndex(table, `latest_deleted_${suffix}`, on)
  }
}

/** The fields a collection's admin list searches, by its versions table (`_articles_v`). */
function searchedByVersionTable(adapter: AdapterWithRawTables): Map<string, string[]> {
  const byTable = new Map<string, string[]>()
  if (adapter.name !== 'sqlite') return byTable
  for (const { config } of Object.values(adapter.payload.collections)) {
    const fields = config.admin?.listSearchableFields
    if (config.versions && fields) byTable.set(`_${config.slug}_v`, fields)
  }
  return byTable
}

/**
 * A `beforeSchemaInit` hook for the SQLite and PostgreSQL adapters. Payload passes the adapter to
 * schema hooks (and documents `adapter.rawTables` for them), but the SQLite adapter's type for the
 * hook's argument leaves it out.
 */
export function addQueryIndexes<Schema>(args: { schema: Schema }): Schema {
  const { adapter } = args as typeof args & { adapter: AdapterWithRawTables }
  const searched = searchedByVersionTable(adapter)
  for (const table of Object.values(adapter.rawTables)) {
    indexChildRows(table)
    indexTextValues(table)
    indexPublicLists(table)
    indexLatestVersions(table, searched.get(table.name) ?? [])
  }
  return args.schema
}
