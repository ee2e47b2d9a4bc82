import type { TestCms } from '../../helpers/payload'
import { type RestServer, startRestServer } from '../../helpers/rest-server'
import { type BuildResult, createSiteBuild, type SiteBuild } from './run-build'

/** Serves the test CMS's REST API and builds the site from it once, as a publish does. */
export async function buildSiteFromCms(cms: TestCms) {
  const server = await startRestServer(cms.config)
  const site = createSiteBuild()
  const build: BuildResult = await site.run(server.url)
  return { server, site, build }
}

/** Ends the server, the CMS and the build folder, in that order; one that never started is skipped. */
export async function endSiteBuild(server?: RestServer, cms?: TestCms, site?: SiteBuild) {
  await server?.close()
  await cms?.close()
  await site?.remove()
}
