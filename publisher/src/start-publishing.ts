/**
 * The publishing side of a single-server install in one call: the rebuild worker on REBUILD_PORT
 * and the live site on SITE_PORT, both reading the same releases folder.
 */
import { type RebuildWorker, startRebuildWorker } from './worker/rebuild-server'
import { createPreviewRenderer } from './preview/preview-renderer'
import { currentLink } from './releases/store'
import { type PublisherSettings } from './settings'
import { type StaticServer, startStaticServer } from './server/static-server'

interface Publishing {
  worker: RebuildWorker
  site: StaticServer
  close(): Promise<void>
}

export async function startPublishing(
  settings: PublisherSettings,
  { log }: { log?: (line: string) => void } = {},
): Promise<Publishing> {
  const worker = await startRebuildWorker({
    secret: settings.secret,
    releasesDir: settings.releasesDir,
    buildCommand: settings.buildCommand,
    warmBuild: settings.warmBuild,
    buildHeapMb: settings.buildHeapMb,
    buildProfileDir: settings.buildProfileDir,
    port: settings.rebuildPort,
    canary: settings.canary,
    minPages: settings.minPages,
    // The live site, as this machine reaches it, lends the preview its stylesheets.
    preview: createPreviewRenderer({ liveSiteUrl: `http://127.0.0.1:${settings.sitePort}` }),
    log,
  })
  try {
    const site = await startStaticServer({
      root: currentLink(settings.releasesDir),
      port: settings.sitePort,
      host: settings.siteHost,
    })
    return {
      worker,
      site,
      close: async () => void (await Promise.all([site.close(), worker.close()])),
    }
  } catch (error) {
    await worker.close()
    throw error
  }
}
