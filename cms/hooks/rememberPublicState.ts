import { isLive, wasPublicKey } from '../rebuild/liveRow'
import { rememberLiveRow } from './rememberLiveRow'

/** Notes, before an update, whether the article was live: unpublishing is only visible by comparison. */
export const rememberPublicState = rememberLiveRow({
  key: wasPublicKey,
  note: isLive,
  skipForImports: true,
})
