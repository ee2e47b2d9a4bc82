import { createHash, randomBytes } from 'node:crypto'
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import path from 'node:path'

import type { CollectionName } from './collections'

/**
 * The site's content store: the documents the loader synced, per collection, in this process's
 * memory (on globalThis, because the pages, the integration and the publisher's builder load
 * this module in separate module graphs), saved to the cache folder after a build and read back
 * by the next process. Astro's own content layer rewrote and re-bundled its whole store on every
 * build, seconds at archive size; a publish here reads the store as it is in memory.
 */
interface Entry {
  id: string
  data: Record<string, unknown>
  digest: string
}
interface Collection {
  entries: Map<string, Entry>
  meta: Map<string, string>
  /** Changed since it was last saved. */
  dirty: boolean
}

const KEY = Symbol.for('bantin.site.content-store')
type Holder = { [KEY]?: Map<CollectionName, Collection> }
const collections = () => ((globalThis as Holder)[KEY] ??= new Map())
const fileOf = (dir: string, name: CollectionName) => path.join(dir, `${name}.json`)

const isMissing = (error: unknown) => (error as NodeJS.ErrnoException)?.code === 'ENOENT'

/** The collection in memory, read from `dir` the first time (empty if never saved). */
async function open(dir: string, name: CollectionName): Promise<Collection> {
  const known = collections().get(name)
  if (known) return known
  let saved: { entries: Entry[]; meta: Record<string, string> } = { entries: [], meta: {} }
  try {
    saved = JSON.parse(await readFile(fileOf(dir, name), 'utf8'))
  } catch (error) {
    // Never saved (a first build), or cut off mid-write: the sync then loads everything again.
    if (!isMissing(error) && !(error instanceof SyntaxError)) throw error
  }
  const collection = {
    entries: new Map(saved.entries.map((entry) => [entry.id, entry])),
    meta: new Map(Object.entries(saved.meta)),
    dirty: false,
  }
  collections().set(name, collection)
  return collection
}

interface Logger {
  info: (message: string) => void
  warn: (message: string) => void
}

/** What the loader's sync reads and writes (loader/sync.ts), over one collection in memory. */
export async function storeContext(dir: string, name: CollectionName, logger: Logger) {
  const collection = await open(dir, name)
  const { entries, meta } = collection
  const touch = () => void (collection.dirty = true)
  return {
    store: {
      get: (id: string) => entries.get(id),
      set: (entry: Entry) => {
        const changed = entries.get(entry.id)?.digest !== entry.digest
        entries.set(entry.id, entry)
        if (changed) touch()
        return changed
      },
      delete: (id: string) => void (entries.delete(id) && touch()),
      has: (id: string) => entries.has(id),
      keys: () => [...entries.keys()],
      entries: () => [...entries.entries()],
      clear: () => void (entries.clear(), touch()),
    },
    meta: {
      get: (key: string) => meta.get(key),
      set: (key: string, value: string) => void (meta.set(key, value), touch()),
      delete: (key: string) => void (meta.delete(key) && touch()),
    },
    generateDigest: (data: unknown) =>
      createHash('sha1').update(JSON.stringify(data)).digest('base64url'),
    logger,
  }
}

/** The stored documents of a collection, with the digest of each. */
export function storedEntries(name: CollectionName): Entry[] {
  return [...(collections().get(name)?.entries.values() ?? [])]
}

/** Writes every collection changed since it was read (by rename: a cut-off write is never read). */
export async function saveStores(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true })
  for (const [name, collection] of collections()) {
    if (!collection.dirty) continue
    const file = fileOf(dir, name)
    const json = JSON.stringify({
      entries: [...collection.entries.values()],
      meta: Object.fromEntries(collection.meta),
    })
    // Its own temporary name: a save still running from the last build may write the same file.
    const temporary = `${file}.${randomBytes(6).toString('hex')}.tmp`
    await writeFile(temporary, json)
    await rename(temporary, file)
    collection.dirty = false
  }
}
