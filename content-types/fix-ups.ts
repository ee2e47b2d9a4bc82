import type { z } from 'zod'

/**
 * A field the site repaired instead of refusing the whole document. The schemas decide what is
 * tolerable (a deleted category, a cleared date); the site loader reports each repair to the editor.
 */
export interface FixUp {
  /** Path of the field, e.g. "category", "authors.1", "seo.image". */
  field: string
  /** Vietnamese, for press officers: what the site did and how to correct the article. */
  message: string
  /** English, for the IT person: what failed validation. */
  detail: string
  /** The stored version's value beats the fallback (a publication date that was cleared). */
  preferPrevious?: boolean
}

/** Stands in for a repaired value until withFixUps() takes it out and notes the repair. */
class Repaired {
  constructor(
    readonly value: unknown,
    readonly fix: Omit<FixUp, 'field'>,
  ) {}
}

/** Fallback meaning "leave this item out of its list" (an author that no longer exists). */
export const DROP = Symbol('drop')

const describeIssues = (error: { issues: z.core.$ZodIssue[] }) =>
  error.issues.map((issue) => `${issue.path.join('.') || '(value)'}: ${issue.message}`).join('; ')

/**
 * `schema`, or `fallback` when the value fails it; only inside a withFixUps() object, which
 * reports the repair with `message`. The fallback's type is the schema's so pages need no checks.
 */
export function tolerate<T extends z.ZodType>(
  schema: T,
  fallback: z.output<T> | typeof DROP,
  message: string,
  options: { preferPrevious?: boolean } = {},
) {
  return schema.catch(
    (ctx) =>
      new Repaired(fallback, {
        message,
        detail: `${describeIssues(ctx.error)} (got ${preview(ctx.input)})`,
        ...options,
      }) as unknown as z.output<T>,
  )
}

/** A repair made by a transform rather than a fallback (rich text flattened, say). */
export function repaired<T>(value: T, message: string, detail: string): T {
  return new Repaired(value, { message, detail }) as unknown as T
}

function preview(value: unknown): string {
  if (value === undefined) return 'nothing'
  const text =
    typeof value === 'object' && value !== null ? JSON.stringify(value, null, 0) : String(value)
  return text.length > 80 ? `${text.slice(0, 77)}…` : text
}

function unwrap(value: unknown, field: string, fixUps: FixUp[]): unknown {
  if (value instanceof Repaired) {
    fixUps.push({ field, ...value.fix })
    return value.value
  }
  return value
}

/** Takes repairs out of the top two levels of a parsed document (fields, list items, sub-fields). */
function collect(doc: Record<string, unknown>): { data: Record<string, unknown>; fixUps: FixUp[] } {
  const fixUps: FixUp[] = []
  const data: Record<string, unknown> = {}
  for (const [key, raw] of Object.entries(doc)) {
    let value = unwrap(raw, key, fixUps)
    if (Array.isArray(value) && value.some((item) => item instanceof Repaired)) {
      value = value
        .map((item, i) => unwrap(item, `${key}.${i}`, fixUps))
        .filter((item) => item !== DROP)
    } else if (value && typeof value === 'object' && !Array.isArray(value) && key !== 'body') {
      const inner = value as Record<string, unknown>
      if (Object.values(inner).some((item) => item instanceof Repaired)) {
        value = Object.fromEntries(
          Object.entries(inner).map(([k, v]) => [k, unwrap(v, `${key}.${k}`, fixUps)]),
        )
      }
    }
    if (value !== DROP) data[key] = value
  }
  return { data, fixUps }
}

/**
 * An object schema whose tolerate()d fields are repaired rather than failing the document. The
 * output carries `fixUps` (absent when nothing was repaired), which the loader strips and reports.
 */
export function withFixUps<T extends z.ZodObject>(schema: T) {
  return schema.transform((doc) => {
    const { data, fixUps } = collect(doc as Record<string, unknown>)
    return (fixUps.length ? { ...data, fixUps } : data) as z.output<T> & { fixUps?: FixUp[] }
  })
}
