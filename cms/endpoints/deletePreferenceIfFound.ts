import { APIError, type PayloadHandler, type SanitizedConfig, type Where } from 'payload'

const PREFERENCES = 'payload-preferences'

/** The caller's own preference by key: the conditions Payload's own read and delete use. */
const ownKey = (key: string, user: { id: number | string; collection: string }): Where => ({
  and: [
    { key: { equals: key } },
    { 'user.value': { equals: user.id } },
    { 'user.relationTo': { equals: user.collection } },
  ],
})

/**
 * `DELETE /api/payload-preferences/<key>` for a key the user has no preference under failed with a
 * 500: the SQL adapter's deleteOne, finding nothing, retries with a query that names a join it
 * never made ("no such column"). The key is looked up first, as reading it does, and a missing
 * one is not found (404). Runs on the sanitised config, where Payload adds that collection.
 */
export function deletePreferenceIfFound(config: SanitizedConfig): SanitizedConfig {
  const endpoints = config.collections.find(
    (collection) => collection.slug === PREFERENCES,
  )?.endpoints
  const endpoint = Array.isArray(endpoints)
    ? endpoints.find((each) => each.method === 'delete' && each.path === '/:key')
    : undefined
  if (!endpoint)
    throw new Error(
      `${PREFERENCES}: Payload's DELETE /:key endpoint was not found; check deletePreferenceIfFound against this Payload version.`,
    )
  const deletePreference: PayloadHandler = endpoint.handler
  endpoint.handler = async (req) => {
    const key = req.routeParams?.key
    if (req.user && typeof key === 'string') {
      const found = await req.payload.db.find({
        collection: PREFERENCES,
        limit: 1,
        pagination: false,
        req,
        where: ownKey(key, req.user),
      })
      if (found.docs.length === 0) {
        throw new APIError(
          `Không tìm thấy tùy chọn "${key.slice(0, 60)}" của tài khoản này: không có gì để xóa.`,
          404,
        )
      }
    }
    return deletePreference(req)
  }
  return config
}
