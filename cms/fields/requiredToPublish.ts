import type { PayloadRequest } from 'payload'

import { FULL_VALIDATION } from '../hooks/markDraftSave'

/**
 * Whether the document is validated as a draft: its `_status` is `draft` and, when this is a save,
 * a draft save (hooks/markDraftSave.ts). The admin's form checks (no save) go by `_status` alone.
 */
export const isDraftData = (data: unknown, req?: Partial<PayloadRequest>): boolean =>
  typeof data === 'object' &&
  data !== null &&
  (data as { _status?: unknown })._status === 'draft' &&
  req?.context?.[FULL_VALIDATION] !== true

const isEmpty = (value: unknown): boolean =>
  value === null ||
  value === undefined ||
  value === '' ||
  (Array.isArray(value) && value.length === 0)

/**
 * A draft may be unfinished: what a field requires is required to publish, not to save. Articles
 * validate their drafts (`versions.drafts.validate`, so that opening "Tạo mới" stores nothing:
 * docs/newsroom.md), and their required fields wrap their rule in this, which lets a draft leave
 * the field empty and checks everything else (length, format) as before.
 */
export function requiredToPublish<
  Value,
  Options extends { data: unknown; req?: Partial<PayloadRequest> },
  Result,
>(
  validate: (value: Value, options: Options) => Result,
): (value: Value, options: Options) => Result | true {
  return (value, options) =>
    isDraftData(options.data, options.req) && isEmpty(value) ? true : validate(value, options)
}
