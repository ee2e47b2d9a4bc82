import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { randomBytes } from 'node:crypto'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { INSTALL_DEFAULTS } from '@bantin/content-types/environment'
import { parseSupervisorPid, SUPERVISOR_PID_VARIABLE } from '@bantin/content-types/supervisor'

import { readRebuildTargets, type RebuildTargets } from './env-rebuild'

/** The repository root: relative paths in settings are resolved against it, whatever the cwd. */
export const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

type DatabaseKind = 'sqlite' | 'postgres' | 'mongodb'

export interface CmsEnv {
  databaseKind: DatabaseKind
  databaseUrl: string
  payloadSecret: string
  port: number
  /** The address the CMS listens on (HOST); loopback behind a reverse proxy. */
  host: string
  mediaDir: string
  /** Uploaded PDFs of the documents library, beside the data (no setting of its own). */
  documentsDir: string
  dataDir: string
  serverUrl: string
  /** The public site's address, for links to live articles in the admin and in mails. */
  siteUrl: string
  production: boolean
  rebuild: RebuildTargets
  /** The `npm start` that runs this CMS, which stops once it is gone; unset when run on its own. */
  supervisorPid?: number
}

/** Environment variables as plain strings (process.env, or a test's own object). */
export type Env = Record<string, string | undefined>

export class ConfigError extends Error {
  override name = 'ConfigError'
}

const ACCEPTED_SCHEMES = 'file:, postgres://, postgresql://, mongodb://, mongodb+srv://'
const SECRET_FILE = 'payload-secret'

export function parseDatabaseUrl(raw: string): { kind: DatabaseKind; url: string } {
  if (raw.startsWith('file:')) {
    const file = raw.slice('file:'.length)
    if (!file)
      throw new ConfigError(`DATABASE_URL "${raw}" names no file (example: file:./data/bantin.db)`)
    return { kind: 'sqlite', url: `file:${path.resolve(rootDir, file)}` }
  }
  if (/^postgres(ql)?:\/\/.+/.test(raw)) return { kind: 'postgres', url: raw }
  if (/^mongodb(\+srv)?:\/\/.+/.test(raw)) return { kind: 'mongodb', url: raw }
  throw new ConfigError(
    `DATABASE_URL has an unknown scheme ("${raw.split(':')[0]}"); accepted: ${ACCEPTED_SCHEMES}`,
  )
}

export function parsePort(raw: string | undefined, name: string, fallback: number): number {
  if (raw === undefined || raw === '') return fallback
  const port = Number(raw)
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new ConfigError(`${name} must be a whole number from 1 to 65535, got "${raw}"`)
  }
  return port
}

/** The origin of an absolute URL setting; anything else stops the start, naming the setting. */
function parseOrigin(raw: string, name: string, example: string): string {
  try {
    return new URL(raw).origin
  } catch {
    throw new ConfigError(`${name} must be an absolute URL such as ${example}, got "${raw}"`)
  }
}

function validateSecret(secret: string, source: string): string {
  if (secret.trim().length < 32) {
    throw new ConfigError(
      `${source} is too short: use at least 32 characters (openssl rand -hex 32)`,
    )
  }
  return secret.trim()
}

interface SecretOptions {
  generate: boolean
  /** The environment variable that may hold it, and the file under the data folder otherwise. */
  variable?: string
  file?: string
  /** Checks a value and returns the one to use (default: trimmed, at least 32 characters). */
  check?: (secret: string, source: string) => string
}

/**
 * A secret comes from its environment variable, or from a file under data/ that a fresh
 * development install generates once (mode 600). Production never invents one, so a misplaced
 * data folder cannot silently log everybody out or let unsigned rebuilds in.
 */
export function resolveSecret(
  env: Env,
  dataDir: string,
  {
    generate,
    variable = 'PAYLOAD_SECRET',
    file: fileName = SECRET_FILE,
    check = validateSecret,
  }: SecretOptions,
): string {
  // An empty PAYLOAD_SECRET= line in .env means "not set", never "an empty secret".
  if (env[variable]) return check(env[variable]!, variable)
  const file = path.join(dataDir, fileName)
  // A file's line break (an editor adds one) is no part of the secret.
  if (existsSync(file)) return check(readFileSync(file, 'utf8').trim(), file)
  if (!generate) {
    throw new ConfigError(
      `${variable} is required in production: set it, or run "npm start" once to create ${file}`,
    )
  }
  mkdirSync(dataDir, { recursive: true })
  const secret = randomBytes(32).toString('hex')
  writeFileSync(file, secret, { mode: 0o600 })
  chmodSync(file, 0o600)
  return secret
}

export function readEnv(env: Env = process.env): CmsEnv {
  const production = env.NODE_ENV === 'production'
  const dataDir = path.resolve(rootDir, env.DATA_DIR || INSTALL_DEFAULTS.dataDir)
  const { kind, url } = parseDatabaseUrl(
    env.DATABASE_URL || `file:${path.join(dataDir, 'bantin.db')}`,
  )
  const port = parsePort(env.PORT, 'PORT', INSTALL_DEFAULTS.cmsPort)
  const host = env.HOST?.trim() || INSTALL_DEFAULTS.cmsHost
  if (/[\s/]/.test(host)) {
    throw new ConfigError(
      `HOST must be an address such as 127.0.0.1 or 0.0.0.0 (no scheme, no port), got "${host}"`,
    )
  }
  const serverUrl = parseOrigin(
    env.SERVER_URL || `http://localhost:${port}`,
    'SERVER_URL',
    'https://cms.example.vn',
  )
  const sitePort = parsePort(env.SITE_PORT, 'SITE_PORT', INSTALL_DEFAULTS.sitePort)
  const siteUrl = parseOrigin(
    env.SITE_URL || `http://localhost:${sitePort}`,
    'SITE_URL',
    'https://congan.example.vn',
  )
  return {
    databaseKind: kind,
    databaseUrl: url,
    payloadSecret: resolveSecret(env, dataDir, { generate: !production }),
    port,
    host,
    mediaDir: path.resolve(rootDir, env.MEDIA_DIR || path.join(dataDir, 'media')),
    documentsDir: path.resolve(rootDir, dataDir, 'documents'),
    dataDir,
    serverUrl,
    siteUrl,
    production,
    rebuild: readRebuildTargets(env),
    supervisorPid: parseSupervisorPid(env[SUPERVISOR_PID_VARIABLE]),
  }
}
