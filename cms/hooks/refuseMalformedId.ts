import { APIError, type CollectionBeforeOperationHook } from 'payload'

// `duplicateFromID`: `POST /api/articles/:id/duplicate` is a create that copies from that id.
type ById = { id?: unknown; duplicateFromID?: unknown; collection?: { customIDType?: string } }

/** Database ids are positive whole numbers on SQLite and PostgreSQL (MongoDB's are strings). */
const isNumericId = (id: unknown): boolean =>
  typeof id === 'number' && Number.isSafeInteger(id) && id > 0

// As typed in the path: Payload reads "12abc" and "1e1" as the numbers 12 and 10.
const isNumericText = (id: unknown): boolean => typeof id !== 'string' || /^[1-9]\d{0,15}$/.test(id)

/**
 * Payload turns the id in `/api/articles/abc` into NaN and hands it to the database, which fails
 * (500, with a stack trace in the log). An id that cannot exist is simply not found, said plainly,
 * whichever route names it: the document, a copy of it (`/:id/duplicate`), a version.
 * REST only: the Local API's callers pass real ids. Whatever req.context says.
 */
export const refuseMalformedId: CollectionBeforeOperationHook = ({ args, req }) => {
  const { id: byId, duplicateFromID, collection } = args as ById
  const id = byId ?? duplicateFromID
  if (req.payloadAPI !== 'REST' || id === undefined || id === null) return args
  if (req.payload.db.defaultIDType !== 'number' || collection?.customIDType === 'text') return args
  const typed = req.routeParams?.id
  if (isNumericId(id) && isNumericText(typed)) return args
  const asked = String(typed ?? id).slice(0, 40)
  throw new APIError(
    `Không tìm thấy: "${asked}" không phải là mã tài liệu (mã là một số nguyên dương, ví dụ 42).`,
    404,
  )
}
