import { APIError, type CollectionBeforeOperationHook } from 'payload'

/** Far past any archive's last page (a million pages of 100), far below where offsets overflow. */
const MAX_PAGE = 1_000_000

const BAD_PAGE = `Số trang không hợp lệ: "page" là một số nguyên từ 1 đến ${MAX_PAGE.toLocaleString('vi-VN')}.`

/**
 * `?page=1e308` became an offset SQLite cannot take: a 500. A page that is not a whole number is
 * refused with 400 (Payload used to echo `"page":"abc"` back); page 0 stays page 1, as Payload
 * reads it. REST only: the Local API's callers pass numbers. Whatever req.context says.
 */
export const refuseMalformedPage: CollectionBeforeOperationHook = ({ args, req }) => {
  const { page } = args as { page?: unknown }
  if (req.payloadAPI !== 'REST' || page === undefined) return args
  const number = typeof page === 'number' ? page : Number.NaN
  if (!Number.isInteger(number) || number < 0 || number > MAX_PAGE)
    throw new APIError(BAD_PAGE, 400)
  return args
}
