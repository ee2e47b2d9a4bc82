import path from 'node:path'

import { currentLink } from '../../../publisher/src/releases/store'
import { buildRelease } from '../../../publisher/src/worker/build-release'
import { ROOT, withBuildLock } from '../../site/helpers/run-build'

/**
 * One real site build through the publisher, as the rebuild worker runs it: told the live
 * release (SITE_LIVE_DIR), so a build after the first renders only what changed.
 */
export const publishSite = (
  {
    dir,
    releasesDir,
    cmsUrl,
    logs,
  }: { dir: string; releasesDir: string; cmsUrl: string; logs: string[] },
  reason: string,
) =>
  withBuildLock(() =>
    buildRelease(
      {
        releasesDir,
        buildCommand: `"${process.execPath}" node_modules/tsx/dist/cli.mjs scripts/build-site.ts`,
        cwd: ROOT,
        buildEnv: {
          CMS_URL: cmsUrl,
          SITE_URL: 'https://congan.example.vn',
          SITE_CACHE_DIR: path.join(dir, 'cache'),
          SITE_LIVE_DIR: currentLink(releasesDir),
        },
        buildTimeoutMs: 300_000,
        minPages: 1,
        keep: 5,
        log: (line) => void logs.push(line),
      },
      reason,
    ),
  )
