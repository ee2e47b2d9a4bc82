import type { CollectionSlug, PayloadRequest } from 'payload'

/** Whether a stored row is what the public sees: published and not in the trash. */
export const isLive = (
  row: { _status?: string | null; deletedAt?: string | null } | null | undefined,
) => row?._status === 'published' && !row.deletedAt

/**
 * The main-table row holds the live version: draft saves and autosaves write only to versions,
 * so this row tells whether the public page exists, whatever the latest draft says.
 */
export async function readLiveRow(
  req: PayloadRequest,
  collection: CollectionSlug,
  id: number | string,
) {
  return req.payload.db.findOne<{ id: number | string; _status?: string; deletedAt?: string }>({
    collection,
    where: { id: { equals: id } },
    req,
  })
}

export const wasPublicKey = (collection: string, id: number | string) =>
  `wasPublic:${collection}:${id}`
