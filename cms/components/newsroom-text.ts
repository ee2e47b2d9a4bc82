import { formatVietnamTime } from '../audit/vietnam-time'

export const editUrl = (id: number) => `/admin/collections/articles/${id}`
export const submittedListUrl = '/admin/collections/articles?where[reviewState][equals]=submitted'
export const returnedListUrl = '/admin/collections/articles?where[reviewState][equals]=returned'
export const when = (date: string | null | undefined) => (date ? formatVietnamTime(date) : '')

/** The navigation's words for what waits, by role. */
export const countLabel = (role: string | undefined) =>
  role === 'reporter' ? 'Bài bị trả lại' : 'Chờ duyệt'
