import type { FieldHook } from 'payload'

/**
 * Records which account wrote the article (reporters may edit only their own). Whatever a client
 * sends is ignored: the value comes from the session on create and never changes afterwards.
 */
export const setCreatedBy: FieldHook = ({ operation, req, originalDoc, value }) => {
  if (operation === 'create') return req.user?.id ?? value ?? null
  return originalDoc?.createdBy ?? null
}
