/**
 * Responses to anonymous REST reads (GET /api/<collection>…), kept for a few seconds so that
 * repeated public reads of the same URL skip Payload's per-request work (about 14 ms of CPU for a
 * page of 20 articles at depth 1, docs/database.md "REST reads"). Rules, all of them needed for
 * the public never to see data older than the database:
 * - only requests without credentials (no Authorization header, no `*-token` cookie) are served
 *   from or stored in the cache: staff answers (drafts, hidden fields) never enter it;
 * - `Cache-Control: no-cache` / `no-store` (or `Pragma: no-cache`) skips it both ways: the site
 *   build always reads the database (site/src/loader/rest.ts);
 * - every write in this process clears it (cms/cache/clear-on-write.ts), and a response whose
 *   request overlapped a clear is not stored (`epoch`): a read that began before a write's commit
 *   cannot put the old data back;
 * - an entry is at most MAX_AGE_MS old: writers in other processes (the import CLI, a second CMS)
 *   cannot be heard, so this bounds how long their changes stay unseen by anonymous readers.
 */

const MAX_AGE_MS = 3000
/** Pages of 20 articles are about 130 KB: this keeps a few hundred, far below the CMS's memory. */
const MAX_BYTES = 48 * 1024 * 1024
/** One response larger than this is never stored (a limit=1000 page would push out everything). */
const MAX_ENTRY_BYTES = 2 * 1024 * 1024

interface Entry {
  status: number
  headers: [string, string][]
  body: Uint8Array
  storedAt: number
}

interface RestReadCacheOptions {
  maxAgeMs?: number
  maxBytes?: number
  maxEntryBytes?: number
  now?: () => number
}

export class RestReadCache {
  readonly maxAgeMs: number
  private readonly maxBytes: number
  private readonly maxEntryBytes: number
  private readonly now: () => number
  private readonly entries = new Map<string, Entry>()
  private bytes = 0
  /** Collections and globals whose writes clear the cache: only their reads may be stored. */
  private readonly watched = new Set<string>()
  /** Bumped by every clear; a fill is stored only if no clear happened while it was computed. */
  epoch = 0
  /** Counters for tests and the benchmark. */
  readonly stats = { hits: 0, misses: 0, stored: 0, clears: 0 }

  constructor({
    maxAgeMs = MAX_AGE_MS,
    maxBytes = MAX_BYTES,
    maxEntryBytes = MAX_ENTRY_BYTES,
    now = Date.now,
  }: RestReadCacheOptions = {}) {
    this.maxAgeMs = maxAgeMs
    this.maxBytes = maxBytes
    this.maxEntryBytes = maxEntryBytes
    this.now = now
  }

  /** Called by the plugin that clears the cache on this collection's (or global's) writes. */
  watch(kind: 'collection' | 'global', slug: string): void {
    this.watched.add(`${kind}:${slug}`)
  }

  watches(kind: 'collection' | 'global', slug: string): boolean {
    return this.watched.has(`${kind}:${slug}`)
  }

  get size(): number {
    return this.entries.size
  }

  /** Synchronous on purpose: callers rely on the cache being empty when this returns. */
  clear(): void {
    this.entries.clear()
    this.bytes = 0
    this.epoch++
    this.stats.clears++
  }

  get(key: string): Entry | undefined {
    const entry = this.entries.get(key)
    if (!entry) return undefined
    if (this.now() - entry.storedAt >= this.maxAgeMs) {
      this.remove(key, entry)
      return undefined
    }
    return entry
  }

  /** Stores a fill begun at `epoch`, unless a clear happened since or it is too large. */
  set(key: string, epoch: number, entry: Omit<Entry, 'storedAt'>): boolean {
    if (epoch !== this.epoch || entry.body.byteLength > this.maxEntryBytes) return false
    const old = this.entries.get(key)
    if (old) this.remove(key, old)
    this.entries.set(key, { ...entry, storedAt: this.now() })
    this.bytes += entry.body.byteLength
    // Oldest first (Map keeps insertion order): they are the nearest to expiring anyway.
    for (const [k, e] of this.entries) {
      if (this.bytes <= this.maxBytes) break
      this.remove(k, e)
    }
    this.stats.stored++
    return true
  }

  private remove(key: string, entry: Entry) {
    this.entries.delete(key)
    this.bytes -= entry.body.byteLength
  }
}

// One cache per process: Next.js may load this module once per server bundle (route handlers,
// admin pages), and a write seen by one copy must clear what another copy serves.
const GLOBAL_KEY = Symbol.for('bantin.restReadCache')
const holder = globalThis as typeof globalThis & { [GLOBAL_KEY]?: RestReadCache }

export const restReadCache: RestReadCache = (holder[GLOBAL_KEY] ??= new RestReadCache())
