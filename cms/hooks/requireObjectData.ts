import { APIError, type CollectionBeforeOperationHook } from 'payload'

export const DATA_NOT_AN_OBJECT =
  'Dữ liệu gửi lên phải là một đối tượng JSON gồm các trường, ví dụ {"title": "…"}, không phải một danh sách, chữ hay null.'

/**
 * Payload's field hooks read `data.title` and so on: a body of `null`, `"text"` or `[…]` failed
 * with a TypeError (500). Such data is refused with 400. No body at all is no change: `{}` (an
 * upload's form may carry only its file). REST only, whatever req.context says.
 */
export const requireObjectData: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (req.payloadAPI !== 'REST' || (operation !== 'create' && operation !== 'update')) return args
  const { data } = args as { data?: unknown }
  if (data === undefined) return { ...args, data: {} }
  if (data === null || typeof data !== 'object' || Array.isArray(data))
    throw new APIError(DATA_NOT_AN_OBJECT, 400)
  return args
}
