import { createHash } from 'node:crypto'
import type { z } from 'zod'

interface Entry {
  id: string
  data: Record<string, unknown>
  digest?: string | number
}

/**
 * The parts of Astro's LoaderContext the loader uses, in memory: a store and meta that survive
 * between "builds" when the same object is passed again, and parseData validating like Astro does.
 */
export function createLoaderContext(schema: z.ZodType) {
  const entries = new Map<string, Entry>()
  const meta = new Map<string, string>()
  const logs: string[] = []
  return {
    logs,
    entries,
    context: {
      collection: 'test',
      store: {
        get: (id: string) => entries.get(id),
        set: (entry: Entry) => {
          const changed = entries.get(entry.id)?.digest !== entry.digest
          entries.set(entry.id, entry)
          return changed
        },
        delete: (id: string) => void entries.delete(id),
        has: (id: string) => entries.has(id),
        keys: () => [...entries.keys()],
        values: () => [...entries.values()],
        entries: () => [...entries.entries()],
        clear: () => entries.clear(),
        addModuleImport: () => {},
      },
      meta: {
        get: (key: string) => meta.get(key),
        set: (key: string, value: string) => void meta.set(key, value),
        has: (key: string) => meta.has(key),
        delete: (key: string) => void meta.delete(key),
      },
      parseData: async ({ id, data }: { id: string; data: Record<string, unknown> }) => {
        const result = await schema.safeParseAsync(data)
        if (!result.success) {
          throw new Error(
            `data does not match collection schema (${id}): ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
          )
        }
        return result.data as Record<string, unknown>
      },
      generateDigest: (data: unknown) =>
        createHash('sha1').update(JSON.stringify(data)).digest('hex'),
      logger: {
        info: (m: string) => void logs.push(`info ${m}`),
        warn: (m: string) => void logs.push(`warn ${m}`),
        error: (m: string) => void logs.push(`error ${m}`),
        debug: () => {},
      },
    },
  }
}
