import type { CollectionAfterChangeHook } from 'payload'

import { readLiveRow } from '../rebuild/liveRow'
import { joinShown, refreshPublicVisibility, type Shown, shownBy } from './publicVisibility'
import { shownBeforeKey } from './rememberShownBefore'

/**
 * The public may load an image, or read an author, only while an article that is public now shows
 * it. After every save the images and authors the live article showed before and shows now are
 * looked at again: publish shows them, unpublish, trash and a changed image take them back unless
 * another public article still shows them. A draft saved over a live article leaves the live row,
 * and so the public page, unchanged.
 */
export const refreshVisibilityOnArticleChange: CollectionAfterChangeHook = async ({
  collection,
  doc,
  req,
}) => {
  const before = req.context[shownBeforeKey(doc.id)] as Shown | undefined
  delete req.context[shownBeforeKey(doc.id)]
  const now = shownBy(await readLiveRow(req, collection.slug, doc.id))
  await refreshPublicVisibility(req, before ? joinShown(before, now) : now)
  return doc
}
