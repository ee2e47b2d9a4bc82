/**
 * The only place the command-line scripts read their environment (the CMS, publisher and site
 * read theirs in their own settings modules). The children a script starts inherit it as it is.
 */
import { z } from 'zod'

import { loadDotEnv } from '../../content-types/environment'

type Env = Record<string, string | undefined>

// An empty `X=` line in .env counts as unset, as everywhere else.
const optional = z
  .string()
  .optional()
  .transform((value) => value || undefined)

const schema = z.object({
  /** `false`: npm start runs no rebuild worker and no site server beside the CMS. */
  LOCAL_REBUILD_WORKER: optional,
  /** The site settings a developer may set; npm start fills in the ones left unset. */
  CMS_URL: optional,
  SITE_URL: optional,
  SITE_CACHE_DIR: optional,
  /** user:create's password when run from a script (otherwise it asks on the terminal). */
  USER_PASSWORD: z.string().optional(),
})

export interface ScriptSettings {
  localRebuildWorker: boolean
  /** Site settings given by the developer, passed to the publisher as they are. */
  site: { cmsUrl?: string; siteUrl?: string; cacheDir?: string }
  userPassword?: string
}

export function readScriptSettings(env: Env = process.env): ScriptSettings {
  const parsed = schema.parse(env)
  return {
    localRebuildWorker: parsed.LOCAL_REBUILD_WORKER !== 'false',
    site: { cmsUrl: parsed.CMS_URL, siteUrl: parsed.SITE_URL, cacheDir: parsed.SITE_CACHE_DIR },
    userPassword: parsed.USER_PASSWORD,
  }
}

/** The environment as it is, for a child process to inherit (with the caller's additions). */
export function inheritedEnv(): NodeJS.ProcessEnv {
  return { ...process.env }
}

export { loadDotEnv }

/** Payload's dependency checker prints to stdout and only matters while developing the CMS. */
export function quietPayloadForScripts(): void {
  process.env.PAYLOAD_DISABLE_DEPENDENCY_CHECKER ??= 'true'
}

/** The browser the benchmarks drive (CHROMIUM_PATH), Debian's by default. */
export const chromiumPath = (env: Env = process.env) => env.CHROMIUM_PATH || '/usr/bin/chromium'
