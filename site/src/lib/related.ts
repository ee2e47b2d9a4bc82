import type { Article } from '@bantin/content-types'

import { findRelated, type Neighbours } from './news'

/**
 * "Tin liên quan" for an article page: the page already links its previous and next article,
 * so those are left out of the related block and the next best take their place.
 */
export function relatedBesideNeighbours(
  article: Article,
  newestFirst: Article[],
  neighbours: Neighbours,
  count = 4,
): Article[] {
  const linked = new Set(
    [neighbours.previous?.id, neighbours.next?.id].filter((id) => id !== undefined),
  )
  return findRelated(article, newestFirst, count + linked.size)
    .filter((other) => !linked.has(other.id))
    .slice(0, count)
}
