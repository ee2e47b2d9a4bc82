import {
  type CollectionBeforeChangeHook,
  type CollectionSlug,
  type PayloadRequest,
  ValidationError,
} from 'payload'

import type { Id } from '@bantin/content-types/id'
import { uploadIdsIn } from '@bantin/content-types/lexical'

export interface Reference {
  /** Dotted path in the document, e.g. "seo.image". */
  path: string
  collection: CollectionSlug
  /** The field's name on the editing screen, e.g. "Ảnh đại diện". */
  label: string
}

const idOf = (v: unknown): Id | null =>
  typeof v === 'number' || typeof v === 'string'
    ? v
    : v && typeof v === 'object'
      ? ((v as { id?: Id }).id ?? null)
      : null

const valueAt = (data: Record<string, unknown>, path: string): unknown =>
  path
    .split('.')
    .reduce<unknown>(
      (at, key) =>
        at && typeof at === 'object' ? (at as Record<string, unknown>)[key] : undefined,
      data,
    )

/** Ids the database could hold: SQL databases number their rows, MongoDB's ids are text. */
const possibleId = (req: PayloadRequest, id: Id) =>
  req.payload.db.defaultIDType === 'text' || /^\d+$/.test(String(id))

async function missingIds(
  req: PayloadRequest,
  collection: CollectionSlug,
  ids: Id[],
): Promise<Id[]> {
  // PostgreSQL refuses to compare a numeric id column with text such as "abc": that is a 500 where
  // the answer is simply "no such document".
  const candidates = ids.filter((id) => possibleId(req, id))
  if (candidates.length === 0) return ids
  const { docs } = await req.payload.find({
    collection,
    where: { id: { in: candidates } },
    depth: 0,
    limit: candidates.length,
    pagination: false,
    select: {},
    overrideAccess: true,
    req,
  })
  const found = new Set(docs.map((doc) => String(doc.id)))
  return ids.filter((id) => !found.has(String(id)))
}

/**
 * An id of a document that was deleted meanwhile (another tab, an old draft, an API client) would
 * fail the database's foreign key with a server error, or, inside rich text, leave a hole in the
 * page. Said in Vietnamese instead, naming the field. Images inside the body are checked only on
 * publish: a draft may wait for its image to be replaced.
 */
export const checkReferencesExist =
  (references: Reference[], bodyPath?: string): CollectionBeforeChangeHook =>
  async ({ data, originalDoc, req }) => {
    const errors: { path: string; message: string }[] = []
    for (const { path, collection, label } of references) {
      const value = valueAt(data, path)
      const ids = (Array.isArray(value) ? value : [value])
        .map(idOf)
        .filter((id): id is Id => id !== null)
      const missing = await missingIds(req, collection, ids)
      if (missing.length > 0) {
        errors.push({
          path,
          message: `${label}: mục đã chọn (mã ${missing.join(', ')}) không còn tồn tại. Hãy chọn lại.`,
        })
      }
    }
    const publishing = (data._status ?? originalDoc?._status) === 'published'
    if (bodyPath && publishing) {
      const missing = await missingIds(req, 'media', [
        ...new Set(uploadIdsIn(valueAt(data, bodyPath))),
      ])
      if (missing.length > 0) {
        errors.push({
          path: bodyPath,
          message: `Nội dung có ảnh không còn trong thư viện (mã ${missing.join(', ')}). Hãy xóa ảnh đó khỏi bài hoặc chọn ảnh khác.`,
        })
      }
    }
    if (errors.length > 0) throw new ValidationError({ errors })
    return data
  }
