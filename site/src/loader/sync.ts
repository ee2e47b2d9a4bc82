import type { FixUp } from '@bantin/content-types'

import type { BuildProblem, ReportProblem } from '../lib/build-report'
import { type CollectionSpec, idListQuery } from './collections'
import { fixUpProblem, rejectionProblem } from './problems'
import {
  buildApiUrl,
  type Fetch,
  pageThrough,
  pageThroughCounted,
  type Query,
  selectFields,
} from './rest'

type Doc = Record<string, unknown> & { id: string | number; updatedAt?: string }
type Seen = Pick<Doc, 'id' | 'updatedAt'>
type Stored = { id: string; data: Record<string, unknown>; digest?: string | number }

/** The store the sync keeps its documents in (loader/memory-store.ts), and where it logs. */
export interface SyncContext {
  store: {
    get(id: string): Stored | undefined
    set(entry: Stored): boolean
    delete(id: string): void
    has(id: string): boolean
    keys(): string[]
    entries(): Array<[string, Stored]>
    clear(): void
  }
  meta: {
    get(key: string): string | undefined
    set(key: string, value: string): void
    delete(key: string): void
  }
  generateDigest(data: Record<string, unknown>): string | number
  logger: { info(message: string): void; warn(message: string): void }
}
type Context = SyncContext

interface SyncOptions {
  cmsUrl: string
  fetch: Fetch
  /** Told every problem this sync knows of (new and still unsolved). */
  report: ReportProblem
}

const MARK = 'updatedAt-high-water-mark'
const SOURCE = 'cms-url'
/** Documents with problems, by id, kept between builds: each is fetched again every build. */
const PROBLEMS = 'problems'
const ID_PAGE = 1000
/** When every id was last listed (ms since the epoch). */
const LISTED_AT = 'ids-listed-at'
/** Every id is listed again at least this often, whatever the count says (see liveIds). */
const RELIST_MS = 10 * 60 * 1000
const IN_CHUNK = 50

type Problems = Map<string, BuildProblem[]>

function readProblems(ctx: Context): Problems {
  const saved = ctx.meta.get(PROBLEMS)
  return new Map(
    saved ? (Object.entries(JSON.parse(saved)) as Array<[string, BuildProblem[]]>) : [],
  )
}

/**
 * Validates one document on its own. A document the schema refuses is not stored: the version
 * already in the store stays (or a new one stays out), so one bad document holds back nothing else.
 * Fields the schema repaired are stored repaired and reported.
 */
async function storeDoc(
  ctx: Context,
  spec: CollectionSpec,
  opts: SyncOptions,
  problems: Problems,
  doc: Doc,
) {
  const id = String(doc.id)
  const url = `${opts.cmsUrl}/api/${spec.name}/${id}`
  const previous = ctx.store.get(id)
  const parsed = await spec.schema.safeParseAsync(doc)
  if (!parsed.success) {
    problems.set(id, [
      rejectionProblem(spec, doc, previous ? 'kept-previous' : 'left-out', parsed.error, url),
    ])
    return
  }
  const { fixUps = [], ...data } = parsed.data as Record<string, unknown> & { fixUps?: FixUp[] }
  for (const fix of fixUps) {
    // A cleared date is better kept from the published version than replaced by a fallback.
    if (fix.preferPrevious && previous?.data[fix.field] !== undefined)
      data[fix.field] = previous.data[fix.field]
  }
  if (fixUps.length)
    problems.set(
      id,
      fixUps.map((fix) => fixUpProblem(spec, doc, fix, url)),
    )
  else problems.delete(id)
  // The digest is taken of what is stored: the raw document may be too deep to serialise.
  ctx.store.set({ id, data, digest: ctx.generateDigest(data) })
}

async function fetchInto(
  ctx: Context,
  spec: CollectionSpec,
  opts: SyncOptions,
  problems: Problems,
  where?: Query,
): Promise<Seen[]> {
  // In id order: the database walks its primary key, where an `updatedAt` order makes it sort every
  // published row again for each page (a full load of 10,000 articles asks for 200 pages). The
  // order does not matter to the sync: the mark is the newest `updatedAt` among what it fetched.
  const query: Query = { depth: spec.depth, sort: 'id', select: selectFields(spec.fields), where }
  const seen: Seen[] = []
  for await (const docs of pageThrough<Doc>(
    opts.fetch,
    opts.cmsUrl,
    spec.name,
    query,
    spec.pageSize,
  )) {
    for (const doc of docs) await storeDoc(ctx, spec, opts, problems, doc)
    // Only what the sync needs later: a full load would otherwise hold every raw document twice.
    for (const { id, updatedAt } of docs) seen.push({ id, updatedAt })
  }
  return seen
}

async function fetchIds(opts: SyncOptions, collection: string, where?: Query): Promise<string[]> {
  const ids: string[] = []
  for await (const docs of pageThrough<Doc>(
    opts.fetch,
    opts.cmsUrl,
    collection,
    { ...idListQuery, where },
    ID_PAGE,
  )) {
    ids.push(...docs.map((doc) => String(doc.id)))
  }
  return ids
}

async function fetchByIds(
  ctx: Context,
  spec: CollectionSpec,
  opts: SyncOptions,
  problems: Problems,
  ids: string[],
): Promise<number> {
  for (let i = 0; i < ids.length; i += IN_CHUNK) {
    await fetchInto(ctx, spec, opts, problems, { id: { in: ids.slice(i, i + IN_CHUNK) } })
  }
  return ids.length
}

async function countLive(opts: SyncOptions, collection: string): Promise<number> {
  for await (const page of pageThroughCounted(opts.fetch, opts.cmsUrl, collection, idListQuery))
    return page.totalDocs
  return 0
}

/**
 * The ids the CMS publishes now, or null when the store holds exactly those: listing them all is
 * 20 requests at 20,000 articles (1-3 s of every publish), a count is one. Once the changed
 * documents are stored, the store holds every published id (each was fetched when it changed), so
 * equal counts mean nothing was unpublished, trashed or deleted. Documents with a problem are not
 * in the store, and a document whose change committed after the sync read past it is missed by
 * the mark: with problems, and every RELIST_MS anyway, every id is listed.
 */
async function liveIds(
  ctx: Context,
  spec: CollectionSpec,
  opts: SyncOptions,
  problems: Problems,
  count: number | null,
): Promise<string[] | null> {
  const listedAt = Number(ctx.meta.get(LISTED_AT) ?? 0)
  const recent = Date.now() - listedAt < RELIST_MS
  if (count !== null && !problems.size && recent && count === ctx.store.keys().length) return null
  const ids = await fetchIds(opts, spec.name)
  setMeta(ctx, LISTED_AT, String(Date.now()))
  return ids
}

/**
 * Stored documents that embed (at depth 1) an author, category or image changed since `mark`:
 * they hold a stale copy and are fetched again.
 */
async function findStale(
  ctx: Context,
  spec: CollectionSpec,
  opts: SyncOptions,
  mark: string,
): Promise<string[]> {
  const references = spec.references
  const entries = ctx.store.entries()
  if (!references || !entries.length) return []
  // What changed first, all at once: usually nothing, and then no stored document is looked at
  // (walking every article's body for its images took a tenth of a publish at 10,000 articles).
  const collections = Object.keys(references(entries[0]![1].data))
  const changed = new Map(
    await Promise.all(
      collections.map(
        async (collection) =>
          [
            collection,
            new Set(await fetchIds(opts, collection, { updatedAt: { greater_than: mark } })),
          ] as const,
      ),
    ),
  )
  if ([...changed.values()].every((ids) => ids.size === 0)) return []
  const stale: string[] = []
  for (const [id, entry] of entries) {
    const refs = Object.entries(references(entry.data))
    if (
      refs.some(([collection, ids]) =>
        ids?.some((ref) => changed.get(collection)?.has(String(ref))),
      )
    )
      stale.push(id)
  }
  return stale
}

/**
 * Any write marks Astro's store dirty, and it then serialises the whole store again (seconds at
 * archive size): a build that finds nothing new writes nothing.
 */
function setMeta(ctx: Context, key: string, value: string) {
  if (ctx.meta.get(key) !== value) ctx.meta.set(key, value)
}

const latest = (docs: Seen[], mark: string | undefined) =>
  docs.reduce(
    (max, doc) => (doc.updatedAt && (!max || doc.updatedAt > max) ? doc.updatedAt : max),
    mark,
  )

/**
 * Brings the store in line with what the CMS publishes now. The first run fetches everything; later
 * runs fetch documents changed since the newest `updatedAt` seen, re-fetch documents whose embedded
 * relations changed, and drop whatever the CMS no longer lists (unpublished, trashed or deleted).
 */
export async function syncCollection(
  ctx: Context,
  spec: CollectionSpec,
  opts: SyncOptions,
): Promise<void> {
  let mark = ctx.meta.get(MARK)
  if (ctx.meta.get(SOURCE) !== opts.cmsUrl) {
    // A store filled from another CMS says nothing about this one.
    ctx.store.clear()
    ctx.meta.delete(PROBLEMS)
    mark = undefined
  }
  const problems = readProblems(ctx)
  // The three questions at once: each is a round trip to the CMS, slower as the archive grows. The
  // count may be read before or after a publish that the changed pass sees: it then differs from
  // the store, and every id is listed (as when it is read after), never the other way round.
  const [stale, changed, count] = await Promise.all([
    mark ? findStale(ctx, spec, opts, mark) : [],
    fetchInto(ctx, spec, opts, problems, mark ? { updatedAt: { greater_than: mark } } : undefined),
    mark ? countLive(opts, spec.name) : null,
  ])

  const live = (await liveIds(ctx, spec, opts, problems, count)) ?? ctx.store.keys()
  const liveSet = new Set(live)
  const gone = ctx.store.keys().filter((id) => !liveSet.has(id))
  for (const id of gone) ctx.store.delete(id)
  for (const id of problems.keys()) if (!liveSet.has(id)) problems.delete(id)

  // Documents with a problem are looked at again every build: a fix elsewhere (a restored
  // category, say) or a CMS that now sends them whole brings them back without an edit.
  const changedIds = new Set(changed.map((doc) => String(doc.id)))
  const refetch = [
    ...new Set([...stale, ...problems.keys(), ...live.filter((id) => !ctx.store.has(id))]),
  ].filter((id) => liveSet.has(id) && !changedIds.has(id))
  await fetchByIds(ctx, spec, opts, problems, refetch)
  setMeta(ctx, PROBLEMS, JSON.stringify(Object.fromEntries(problems)))
  for (const list of problems.values()) for (const problem of list) opts.report(problem)

  // Only the changed pass moves the mark: a document changed while this sync ran is caught next time.
  const next = latest(changed, mark)
  if (next) setMeta(ctx, MARK, next)
  setMeta(ctx, SOURCE, opts.cmsUrl)
  const how = mark ? `changed since ${mark}` : 'full load'
  ctx.logger.info(
    `${spec.name}: ${changed.length} fetched (${how}), ${refetch.length} re-fetched, ${gone.length} removed, ` +
      `${ctx.store.keys().length} in all, from ${buildApiUrl(opts.cmsUrl, spec.name)}`,
  )

  if (spec.name === 'articles' && ctx.store.keys().length === 0) {
    ctx.logger.warn(
      `The CMS at ${opts.cmsUrl} lists no published articles: the site will have no news.`,
    )
  }
}
