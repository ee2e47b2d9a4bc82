import { createHash } from 'node:crypto'

import type { Media } from '@bantin/content-types'

/**
 * Public names of the CMS's image files carry a version: "cau-vuot-480x267.webp" is published as
 * "cau-vuot-480x267.3f9a1c2b7d.webp", so the live-site server can let browsers keep it for a year
 * (publisher/src/server/headers.ts). The CMS's own names are not enough: once an image is deleted
 * its name is free for the next upload, and a crop or a new focal point in the admin rewrites the
 * files under the names they had. Any of those saves the document again, so the version is taken
 * from the document's id and `updatedAt`; every file of one image shares it. A new version costs a
 * download of that image's files, nothing else.
 */
const VERSION_LENGTH = 10
const INSERTED_VERSION = new RegExp(`\\.[0-9a-f]{${VERSION_LENGTH}}(?=(?:\\.[^.]*)?$)`)

/** The version of an image's files; null without `updatedAt` (the names then stay as they are). */
export function mediaVersion(media: Pick<Media, 'id' | 'updatedAt'>): string | null {
  if (!media.updatedAt) return null
  return createHash('sha256')
    .update(`${media.id}\n${media.updatedAt}`)
    .digest('hex')
    .slice(0, VERSION_LENGTH)
}

/** "cau-vuot-480x267.webp" → "cau-vuot-480x267.<version>.webp": the extension stays last. */
export function versionedName(cmsName: string, version: string | null): string {
  if (!version) return cmsName
  const dot = cmsName.lastIndexOf('.')
  return dot > 0
    ? `${cmsName.slice(0, dot)}.${version}${cmsName.slice(dot)}`
    : `${cmsName}.${version}`
}

/**
 * The name the CMS stores a published file under, to download it: the version taken out again.
 * Every image the site publishes has one, since the CMS always sends `updatedAt`.
 */
export const cmsFileName = (publicName: string) => publicName.replace(INSERTED_VERSION, '')
