/**
 * The one place the rebuild worker, the live-site server and site:rollback read their environment
 * (documented in docs/publishing.md).
 */
import path from 'node:path'

import { ConfigError, parsePort, rootDir } from '../../cms/env'

type Env = Record<string, string | undefined>

export interface WorkerSettings {
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
  /** No SITE_BUILD_COMMAND: build the repository's site in a warm process (scripts/site-builder.ts). */
  warmBuild: boolean
  /** Text that only draft content contains; a release containing it never goes live. */
  canary?: string
  minPages: number
}

/** Releases live in the data folder unless RELEASES_DIR says otherwise. */
export function readReleasesDir(env: Env = process.env): string {
  if (env.RELEASES_DIR) return path.resolve(rootDir, env.RELEASES_DIR)
  return path.resolve(rootDir, env.DATA_DIR || 'data', 'releases')
}

function readSecret(env: Env): string {
  // An empty REBUILD_SECRET= line means "not set": refusing to start beats accepting anyone.
  // The value is used as is (not trimmed), exactly as the CMS signs with it.
  const secret = env.REBUILD_SECRET
  if (!secret?.trim()) {
    throw new ConfigError(
      'REBUILD_SECRET is required (the same value as the CMS; openssl rand -hex 32)',
    )
  }
  if (secret.length < 32)
    throw new ConfigError('REBUILD_SECRET is too short: use at least 32 characters')
  return secret
}

function readMinPages(raw: string | undefined): number {
  if (raw === undefined || raw === '') return 1
  const value = Number(raw)
  if (!Number.isInteger(value) || value < 1) {
    throw new ConfigError(`SITE_MIN_PAGES must be a whole number of at least 1, got "${raw}"`)
  }
  return value
}

export function readWorkerSettings(env: Env = process.env): WorkerSettings {
  const buildCommand = env.SITE_BUILD_COMMAND?.trim() || 'npm run build:site'
  return {
    secret: readSecret(env),
    rebuildPort: parsePort(env.REBUILD_PORT, 'REBUILD_PORT', 4322),
    sitePort: parsePort(env.SITE_PORT, 'SITE_PORT', 4321),
    siteHost: env.SITE_HOST || '127.0.0.1',
    releasesDir: readReleasesDir(env),
    buildCommand,
    warmBuild: !env.SITE_BUILD_COMMAND?.trim(),
    canary: env.SITE_CANARY || undefined,
    minPages: readMinPages(env.SITE_MIN_PAGES),
  }
}
