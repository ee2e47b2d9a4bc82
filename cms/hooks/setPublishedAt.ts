import type { CollectionBeforeChangeHook } from 'payload'

/**
 * A published article always has a date: the first publish stamps it (unless the editor or an
 * import set one), and clearing it on a live article keeps the date it had. The site sorts,
 * dates and files every article by it.
 */
export const setPublishedAt: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const status = data._status ?? originalDoc?._status
  if (status === 'published' && !data.publishedAt) {
    data.publishedAt = originalDoc?.publishedAt || new Date().toISOString()
  }
  return data
}
