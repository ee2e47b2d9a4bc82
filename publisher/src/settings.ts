/**
 * The only place the publisher (rebuild worker, warm builder, releases, live-site server and its
 * commands) reads its environment, with every default in DEFAULTS (docs/publishing.md).
 */
import path from 'node:path'
import { z } from 'zod'

import { INSTALL_DEFAULTS, loadDotEnv, repositoryRoot } from '@bantin/content-types/environment'
import { rebuildSecretProblem } from '@bantin/content-types/rebuild-webhook'
import { parseSupervisorPid, SUPERVISOR_PID_VARIABLE } from '@bantin/content-types/supervisor'

/** The repository root: relative folders are resolved against it, and builds run in it. */
export const rootDir = repositoryRoot

/** The repository's `.env`, for the commands run by hand (`npm start` children inherit it). */
export { loadDotEnv }

export const DEFAULTS = {
  rebuildPort: INSTALL_DEFAULTS.rebuildPort,
  sitePort: INSTALL_DEFAULTS.sitePort,
  siteHost: '127.0.0.1',
  dataDir: INSTALL_DEFAULTS.dataDir,
  buildCommand: 'npm run build:site',
  minPages: 1,
  /**
   * The warm site builder's JavaScript heap, in MB. Without a limit V8 lets garbage grow: a cold
   * build of 10,000 articles peaked at 1.60 GB of memory, and at 1.22 GB with this one.
   */
  buildHeapMb: 1024,
} as const

export class SettingsError extends Error {
  override name = 'SettingsError'
}

/** What a release must pass before it goes live (the worker) or is deployed (site:validate). */
interface ReleaseChecks {
  /** Text that only draft content contains; a release containing it never goes live. */
  canary?: string
  /** Fewest HTML pages a release may have. */
  minPages: number
}

export interface PublisherSettings extends ReleaseChecks {
  /** Shared with the CMS; signs every rebuild request. */
  secret: string
  /** Port of the rebuild endpoint, always on 127.0.0.1. */
  rebuildPort: number
  /** Port of the live site served from `current`. */
  sitePort: number
  /** Address of the live site; loopback unless the site is served without a reverse proxy. */
  siteHost: string
  releasesDir: string
  buildCommand: string
  /** No SITE_BUILD_COMMAND: build the repository's site in a warm process (site-builder.ts). */
  warmBuild: boolean
  /** The warm builder's JavaScript heap limit, in MB (SITE_BUILD_HEAP_MB). */
  buildHeapMb: number
  /** Where the warm builder writes a V8 CPU profile of each build (SITE_BUILD_PROFILE_DIR); off when unset. */
  buildProfileDir?: string
  /** The `npm start` that runs this publisher, which stops once it is gone; unset when run on its own. */
  supervisorPid?: number
}

type Env = Record<string, string | undefined>

/** A whole number within bounds, or `fallback` when the variable is unset. */
const wholeNumber = (name: string, min: number, max: number, fallback: number) =>
  z
    .string()
    .optional()
    .transform((raw, ctx) => {
      if (raw === undefined) return fallback
      const value = Number(raw)
      if (Number.isInteger(value) && value >= min && value <= max) return value
      const range = max === Infinity ? `of at least ${min}` : `from ${min} to ${max}`
      ctx.addIssue({
        code: 'custom',
        message: `${name} must be a whole number ${range}, got "${raw}"`,
      })
      return z.NEVER
    })

const port = (name: string, fallback: number) => wholeNumber(name, 1, 65535, fallback)

const SECRET_MESSAGES = {
  missing: 'REBUILD_SECRET is required (the same value as the CMS; openssl rand -hex 32)',
  'too short': 'REBUILD_SECRET is too short: use at least 32 characters',
}

// The CMS's rule (content-types/rebuild-webhook.ts): used as written, exactly as the CMS signs.
const secret = z
  .string()
  .optional()
  .transform((value, ctx) => {
    const problem = rebuildSecretProblem(value)
    if (!problem) return value as string
    ctx.addIssue({ code: 'custom', message: SECRET_MESSAGES[problem] })
    return z.NEVER
  })

const checksSchema = z.object({
  SITE_CANARY: z.string().optional(),
  SITE_MIN_PAGES: wholeNumber('SITE_MIN_PAGES', 1, Infinity, DEFAULTS.minPages),
})

const serviceSchema = checksSchema.extend({
  REBUILD_SECRET: secret,
  REBUILD_PORT: port('REBUILD_PORT', DEFAULTS.rebuildPort),
  SITE_PORT: port('SITE_PORT', DEFAULTS.sitePort),
  SITE_HOST: z.string().default(DEFAULTS.siteHost),
  SITE_BUILD_COMMAND: z.string().trim().optional(),
  SITE_BUILD_HEAP_MB: wholeNumber('SITE_BUILD_HEAP_MB', 256, 65536, DEFAULTS.buildHeapMb),
  SITE_BUILD_PROFILE_DIR: z.string().trim().optional(),
})

/** The variables a schema knows, an empty `X=` line in .env counting as unset. */
function pick(env: Env, schema: z.ZodObject): Env {
  const picked: Env = {}
  for (const name of Object.keys(schema.shape)) picked[name] = env[name] || undefined
  return picked
}

function parse<T extends z.ZodObject>(schema: T, env: Env): z.infer<T> {
  const parsed = schema.safeParse(pick(env, schema))
  if (!parsed.success) {
    throw new SettingsError(parsed.error.issues.map((issue) => issue.message).join('; '))
  }
  return parsed.data
}

/** Releases live in the data folder unless RELEASES_DIR says otherwise. */
export function readReleasesDir(env: Env = process.env): string {
  if (env.RELEASES_DIR) return path.resolve(rootDir, env.RELEASES_DIR)
  return path.resolve(rootDir, env.DATA_DIR || DEFAULTS.dataDir, 'releases')
}

export function readReleaseChecks(env: Env = process.env): ReleaseChecks {
  const parsed = parse(checksSchema, env)
  return { canary: parsed.SITE_CANARY, minPages: parsed.SITE_MIN_PAGES }
}

export function readPublisherSettings(env: Env = process.env): PublisherSettings {
  const parsed = parse(serviceSchema, env)
  return {
    secret: parsed.REBUILD_SECRET,
    rebuildPort: parsed.REBUILD_PORT,
    sitePort: parsed.SITE_PORT,
    siteHost: parsed.SITE_HOST,
    releasesDir: readReleasesDir(env),
    buildCommand: parsed.SITE_BUILD_COMMAND || DEFAULTS.buildCommand,
    warmBuild: !parsed.SITE_BUILD_COMMAND,
    buildHeapMb: parsed.SITE_BUILD_HEAP_MB,
    buildProfileDir: parsed.SITE_BUILD_PROFILE_DIR
      ? path.resolve(rootDir, parsed.SITE_BUILD_PROFILE_DIR)
      : undefined,
    canary: parsed.SITE_CANARY,
    minPages: parsed.SITE_MIN_PAGES,
    supervisorPid: parseSupervisorPid(env[SUPERVISOR_PID_VARIABLE]),
  }
}

/**
 * The environment a site build runs with: the publisher's own plus `extra`, without the delivery
 * secret, which the build does not need (kept out of the child, it stays out of build logs).
 */
export function buildEnvironment(extra: Env): NodeJS.ProcessEnv {
  const { REBUILD_SECRET: _secret, ...inherited } = { ...process.env, ...extra }
  return inherited
}
