import { shownBy } from './publicVisibility'
import { rememberLiveRow } from './rememberLiveRow'

export const shownBeforeKey = (id: number | string) => `shownBefore:articles:${id}`

/**
 * Notes, before an update, which images and authors the live article showed: the latest draft may
 * already show others. Unlike rememberPublicState it also runs for imports and seeds
 * (skipRebuild): their articles must make their images public too.
 */
export const rememberShownBefore = rememberLiveRow({
  key: (_collection, id) => shownBeforeKey(id),
  note: shownBy,
})
