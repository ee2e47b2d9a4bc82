import type { CollectionAfterReadHook } from 'payload'

import { adminOriginOf } from '../admin/origins'
import { settings } from '../settings'

type FileUrls = {
  url?: unknown
  thumbnailURL?: unknown
  sizes?: Record<string, { url?: unknown } | undefined>
}

/**
 * Payload writes file URLs on SERVER_URL. An image nobody may see yet is served only with the
 * session cookie, which the browser sends only to the address the admin was opened at: at
 * 127.0.0.1 against localhost, every thumbnail of an unpublished image was broken. For signed-in
 * staff, URLs are moved to the admin address the request came to (one of ADMIN_ORIGINS, never an
 * arbitrary Host header). Anonymous reads, the only ones cached, keep SERVER_URL.
 */
export const fileUrlsOnRequestOrigin: CollectionAfterReadHook = ({ doc, req }) => {
  if (!req.user || !req.headers) return doc
  const origin = adminOriginOf(req.headers, req.url)
  if (!origin || origin === settings.serverUrl) return doc
  const rebase = (url: unknown) =>
    typeof url === 'string' && url.startsWith(`${settings.serverUrl}/`)
      ? origin + url.slice(settings.serverUrl.length)
      : url
  const file = doc as FileUrls
  if ('url' in file) file.url = rebase(file.url)
  if ('thumbnailURL' in file) file.thumbnailURL = rebase(file.thumbnailURL)
  for (const size of Object.values(file.sizes ?? {}))
    if (size && 'url' in size) size.url = rebase(size.url)
  return doc
}
