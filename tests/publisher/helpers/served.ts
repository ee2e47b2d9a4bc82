import { existsSync, readFileSync, realpathSync } from 'node:fs'
import path from 'node:path'

import { LAYER_FILE } from '../../../publisher/src/releases/layer'

/**
 * The folder a release serves `file` from, as the live-site server resolves it: the release's own
 * copy, else (for a layered release) its base's unless removed; null when not served.
 */
export function servedFrom(release: string, file: string): string | null {
  const dir = realpathSync(release)
  if (existsSync(path.join(dir, file))) return dir
  const layerFile = path.join(dir, LAYER_FILE)
  if (!existsSync(layerFile)) return null
  const layer = JSON.parse(readFileSync(layerFile, 'utf8')) as { base: string; removed: string[] }
  const url = `/${file}`
  const removes = (entry: string) => entry === url || (entry.endsWith('/') && url.startsWith(entry))
  if (layer.removed.some(removes)) return null
  const base = path.join(path.dirname(dir), layer.base)
  return existsSync(path.join(base, file)) ? base : null
}

/** The content the release serves for `file` (relative, `tin-tuc/x/index.html`). */
export function readServed(release: string, file: string): string {
  const folder = servedFrom(release, file)
  if (!folder) throw new Error(`${release} does not serve ${file}`)
  return readFileSync(path.join(folder, file), 'utf8')
}
