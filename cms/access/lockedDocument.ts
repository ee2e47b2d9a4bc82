import type { CollectionSlug, PayloadRequest, Where } from 'payload'

import { isStaffUser as isStaffAccount } from './roles'

/** A polymorphic reference as the locks collection stores it: `{ relationTo, value }`. */
type Reference = { relationTo?: unknown; value?: unknown } | null | undefined

const idOf = (value: unknown): string | null => {
  const id = value && typeof value === 'object' ? (value as { id?: unknown }).id : value
  return typeof id === 'number' || typeof id === 'string' ? String(id) : null
}

/** Whose lock this is (or would be): the user id in its `user` reference, or null. */
const lockOwnerId = (data: unknown): string | null =>
  idOf((data as { user?: Reference } | null)?.user?.value)

export const isOwnLock = (req: PayloadRequest, data: unknown): boolean =>
  req.user != null && lockOwnerId(data) === String(req.user.id)

/**
 * Whether the user may edit the document a lock names, by that collection's own update rule: a
 * lock says "I am editing this", so only someone who may edit it holds one. A global, a collection
 * without locking or a document that does not exist is never lockable through the API.
 */
export async function mayEditLockedDocument(
  req: PayloadRequest,
  document: unknown,
): Promise<boolean> {
  const ref = document as Reference
  const collection =
    typeof ref?.relationTo === 'string'
      ? req.payload.collections[ref.relationTo as CollectionSlug]
      : undefined
  const id = idOf(ref?.value)
  if (!collection || collection.config.lockDocuments === false || id === null) return false
  const numeric = req.payload.db.defaultIDType === 'number'
  if (numeric && !/^[1-9]\d{0,15}$/.test(id)) return false
  const docId = numeric ? Number(id) : id
  const access = await collection.config.access.update({
    req,
    id: docId as number,
    data: undefined,
  })
  if (access === false) return false
  const byId: Where = { id: { equals: docId } }
  const where: Where = access === true ? byId : { and: [byId, access] }
  const { totalDocs } = await req.payload.count({
    collection: collection.config.slug,
    where,
    req,
    overrideAccess: true,
    trash: true,
  })
  return totalDocs > 0
}

export const isStaffUser = (req: PayloadRequest): boolean => isStaffAccount(req.user)
