/**
 * The search index follows the page: a publish goes live without it, and this job then indexes
 * what the live release serves, into its own folder beside the releases:
 * `RELEASES_DIR/search/<id>/pagefind/…`, with `search/current` → the newest. The live-site server
 * answers `/pagefind/…` from there (server/static-server.ts). Indexing every article takes tens
 * of seconds at archive size, longer than the rest of a publish.
 */
import { spawn } from 'node:child_process'
import { mkdir, readdir, readlink, rename, rm, symlink, unlink, writeFile } from 'node:fs/promises'
import { setPriority } from 'node:os'
import path from 'node:path'
import { createInterface } from 'node:readline'

import { mapSearchFragments } from '@bantin/content-types/search-fragments'
import {
  pageFile,
  SEARCH_CHANGES_DIR,
  SEARCH_RECORDS_FILE,
} from '@bantin/content-types/release-files'
import * as pagefind from 'pagefind'
import { z } from 'zod'

import { isMissing, readJsonFile } from '../releases/basics'
import { openRelease, whereIs } from '../releases/layer'
import { newReleaseId, readCurrent, releasePath } from '../releases/store'
import { rootDir } from '../settings'

const searchDir = (dir: string) => path.join(dir, 'search')
export const currentSearchLink = (dir: string) => path.join(searchDir(dir), 'current')
const FRAGMENTS_FILE = 'fragments.json'
const KEEP = 2
/** Far above any archive (one fragment file per article, so a takedown deletes just its own). */
const MAX_FRAGMENTS = 10_000_000

const recordsSchema = z.array(
  z.object({
    url: z.string(),
    id: z.string().optional(),
    /** Folded already (no diacritics), as the search page folds queries. */
    text: z.string(),
    /**
     * Shown in results, with diacritics: title, lead, date, section and `text` (everything
     * searchable as written, for the search page's ranking and excerpt). Passed to Pagefind as
     * is; a release written before `text` existed still indexes (the page falls back to the lead).
     */
    meta: z.record(z.string(), z.string()),
  }),
)
const fragmentsSchema = z.record(z.string(), z.array(z.string()))

type SearchRecords = z.output<typeof recordsSchema>

/** The files of a layered release's SEARCH_CHANGES_DIR, oldest first; none in a full release. */
async function changeFiles(releaseDir: string): Promise<string[]> {
  const folder = path.join(releaseDir, SEARCH_CHANGES_DIR)
  try {
    return (await readdir(folder))
      .filter((name) => name.endsWith('.json'))
      .sort()
      .map((name) => path.join(folder, name))
  } catch (error) {
    if (isMissing(error)) return []
    throw error
  }
}

/**
 * The full build's records with each later publish's records laid over them (a page's newest
 * record wins), in the full build's order with new pages last.
 */
async function recordsOf(fullFile: string, changes: string[]): Promise<SearchRecords> {
  const read = (file: string) => readJsonFile(file, recordsSchema, 'a list of search records')
  const byUrl = new Map((await read(fullFile))?.map((record) => [record.url, record]))
  for (const file of changes)
    for (const record of (await read(file)) ?? []) byUrl.set(record.url, record)
  return [...byUrl.values()]
}

/** The live release's search records, less the articles it no longer serves (taken down). */
async function liveRecords(dir: string) {
  const live = await readCurrent(dir)
  if (!live) return null
  const view = await openRelease(releasePath(dir, live))
  const folder = await whereIs(view, SEARCH_RECORDS_FILE)
  if (!folder) return null
  const changes = view.layer ? await changeFiles(view.dir) : []
  const records = await recordsOf(path.join(folder, SEARCH_RECORDS_FILE), changes)
  const served = await Promise.all(
    records.map(async (record) => (await whereIs(view, pageFile(record.url))) !== null),
  )
  return { live, records: records.filter((_, i) => served[i]) }
}

async function writeIndex(outDir: string, records: SearchRecords) {
  const { index, errors } = await pagefind.createIndex({
    forceLanguage: 'vi',
    maxFragments: MAX_FRAGMENTS,
  })
  if (!index) throw new Error(`Pagefind did not start: ${errors.join('; ')}`)
  try {
    // All in flight at once: Pagefind answers each over a pipe.
    await Promise.all(
      records.map(async (record) => {
        const added = await index.addCustomRecord({
          url: record.url,
          content: record.text,
          language: 'vi',
          meta: record.meta,
        })
        if (added.errors.length)
          throw new Error(`Pagefind refused ${record.url}: ${added.errors.join('; ')}`)
      }),
    )
    const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') })
    if (written.errors.length)
      throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`)
  } finally {
    await pagefind.close()
  }
}

async function switchSearch(dir: string, id: string) {
  const link = currentSearchLink(dir)
  const temporary = `${link}.${id}.tmp`
  await symlink(id, temporary)
  await rename(temporary, link)
}

async function pruneSearch(dir: string) {
  const current = await readlink(currentSearchLink(dir)).catch((error) => {
    if (isMissing(error)) return null
    throw error
  })
  const ids = (await readdir(searchDir(dir)))
    .filter((name) => /^\d{8}-\d{6}-\d{3}$/.test(name))
    .sort()
  for (const id of ids.slice(0, -KEEP))
    if (id !== current) await rm(path.join(searchDir(dir), id), { recursive: true, force: true })
}

/** Indexes the live release's articles and makes that index the one served. Returns how many. */
export async function indexLiveRelease(
  dir: string,
  log: (line: string) => void,
): Promise<number | null> {
  const started = Date.now()
  const found = await liveRecords(dir)
  if (!found) return null
  await mkdir(searchDir(dir), { recursive: true })
  const id = await newReleaseId(searchDir(dir))
  const outDir = path.join(searchDir(dir), id)
  await writeIndex(outDir, found.records)
  const urls = new Map(
    found.records.flatMap((record) => (record.id ? [[record.url, record.id] as const] : [])),
  )
  const fragments = await mapSearchFragments(outDir, urls)
  await writeFile(path.join(outDir, FRAGMENTS_FILE), JSON.stringify(Object.fromEntries(fragments)))
  await switchSearch(dir, id)
  await pruneSearch(dir)
  log(
    `search index ${id}: ${found.records.length} articles of release ${found.live} in ${Date.now() - started} ms`,
  )
  return found.records.length
}

/**
 * Deletes taken-down articles' records from the served search index at once (their titles and
 * leads must leave the results with the page); the next index leaves them out too.
 */
export async function removeFromSearch(dir: string, articleIds: string[]): Promise<number> {
  const current = currentSearchLink(dir)
  const fragments = await readJsonFile(
    path.join(current, FRAGMENTS_FILE),
    fragmentsSchema,
    'a map of search fragments',
  )
  if (!fragments) return 0
  let removed = 0
  for (const id of articleIds) {
    for (const file of fragments[id] ?? []) {
      try {
        await unlink(path.join(current, file))
        removed++
      } catch (error) {
        if (!isMissing(error)) throw error
      }
    }
  }
  return removed
}

const BACKGROUND = path.join(import.meta.dirname, 'index-in-background.ts')
/** Below the worker and the site builder: a publish comes first on a two-core server. */
const NICENESS = 10

/** Runs the job in its own low-priority process; rejects with its last lines if it fails. */
function indexInBackground(
  dir: string,
  log: (line: string) => void,
  signal?: AbortSignal,
): Promise<void> {
  return new Promise((resolve, reject) => {
    // Under tsx, as the publisher runs: the job imports TypeScript modules by their bare names.
    const child = spawn(process.execPath, ['--import', 'tsx', BACKGROUND, dir], {
      cwd: rootDir,
      stdio: ['ignore', 'pipe', 'pipe'],
      signal,
    })
    if (child.pid) setPriority(child.pid, NICENESS)
    const tail: string[] = []
    for (const stream of [child.stdout, child.stderr]) {
      createInterface({ input: stream }).on('line', (line) => {
        log(line)
        tail.push(line)
        if (tail.length > 20) tail.shift()
      })
    }
    // An abort (the worker stopping) ends the job; the index it was writing is never switched to.
    child.on('error', (error) => (signal?.aborted ? resolve() : reject(error)))
    child.on('close', (code, killedBy) =>
      code === 0 || signal?.aborted
        ? resolve()
        : reject(
            new Error(
              `the search job stopped (${killedBy ?? `exit ${code}`}): ${tail.join(' | ')}`,
            ),
          ),
    )
  })
}

/** One indexing at a time; a request during one runs another after it, never more. */
export function createSearchIndexer(
  dir: string,
  log: (line: string) => void,
  signal?: AbortSignal,
) {
  let running: Promise<void> | null = null
  let again = false
  const run = async (): Promise<void> => {
    try {
      await indexInBackground(dir, log, signal)
    } catch (error) {
      log(`search index FAILED, the previous one stays: ${(error as Error).message}`)
    }
    if (again && !signal?.aborted) {
      again = false
      return run()
    }
    running = null
  }
  return {
    request() {
      if (running) again = true
      else running = run()
    },
    idle: async () => {
      while (running) await running
    },
  }
}
