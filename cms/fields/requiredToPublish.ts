/** Whether the document being validated is saved as a draft (Payload sets `_status` on every save). */
export const isDraftData = (data: unknown): boolean =>
  typeof data === 'object' && data !== null && (data as { _status?: unknown })._status === 'draft'

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
export function requiredToPublish<Value, Options extends { data: unknown }, Result>(
  validate: (value: Value, options: Options) => Result,
): (value: Value, options: Options) => Result | true {
  return (value, options) =>
    isDraftData(options.data) && isEmpty(value) ? true : validate(value, options)
}
