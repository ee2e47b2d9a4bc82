import type { CollectionBeforeChangeHook } from 'payload'

/** The first publish stamps the date, unless the editor set one (imports keep their old dates). */
export const setPublishedAt: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  if (data._status === 'published' && !data.publishedAt && !originalDoc?.publishedAt) {
    data.publishedAt = new Date().toISOString()
  }
  return data
}
