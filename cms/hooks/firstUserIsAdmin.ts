import type { FieldHook } from 'payload'

/** The account made on the admin's first-user screen must be able to manage the others. */
export const firstUserIsAdmin: FieldHook = async ({ value, operation, req }) => {
  if (operation !== 'create') return value
  const { totalDocs } = await req.payload.count({ collection: 'users', req })
  return totalDocs === 0 ? 'admin' : value
}
