import type { CollectionAfterDeleteHook } from 'payload'

import { refreshPublicVisibility, shownBy } from './publicVisibility'

/** A deleted article shows nothing: its images and authors stay public only if another public article shows them. */
export const refreshVisibilityOnArticleDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await refreshPublicVisibility(req, shownBy(doc))
  return doc
}
