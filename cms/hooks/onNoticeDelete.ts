import type { CollectionAfterDeleteHook } from 'payload'

import { isCurrentNotice } from '../rebuild/currentNotice'
import { queueRebuild } from '../rebuild/queueRebuild'
import { refreshPublicVisibility } from './publicVisibility'
import { noticePhotoId } from './rememberNoticeState'

/**
 * A deleted notice shows nothing: its photo stays public only if something public still shows it,
 * and a notice that was on the site is taken down at once.
 */
export const onNoticeDelete: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  const photo = noticePhotoId(doc.photo)
  if (photo !== null)
    await refreshPublicVisibility(req, { media: new Set([photo]), authors: new Set() })
  if (isCurrentNotice(doc) || doc.onSite === true) {
    await queueRebuild(
      req,
      `${collection.slug} deleted`,
      { collection: collection.slug, id: doc.id },
      { takedown: true },
    )
  }
  return doc
}
