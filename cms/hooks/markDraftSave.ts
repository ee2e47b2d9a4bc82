import type { CollectionBeforeOperationHook } from 'payload'

/** `req.context` key: this request's save is not a draft save, so drafts are validated in full. */
export const FULL_VALIDATION = 'validateInFull'

/**
 * Payload validates a save in full unless it is a draft save (`draft: true`, `?draft=true`);
 * articles validate drafts too (fields/requiredToPublish.ts) and keep that difference by noting,
 * before the save, which kind it is. A save that is not a draft save (a create or update without
 * `draft`) is checked as before, whatever its `_status`.
 */
export const markDraftSave: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'create' || operation === 'update')
    req.context[FULL_VALIDATION] = (args as { draft?: boolean }).draft !== true
  return args
}
