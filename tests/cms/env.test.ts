import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, test } from 'vitest'

import { readRebuildTargets } from '../../cms/env-rebuild'
import {
  ConfigError,
  parseDatabaseUrl,
  parsePort,
  readEnv,
  resolveSecret,
  rootDir,
} from '../../cms/env'

const SECRET = 'a'.repeat(40)
const tempDir = () => mkdtempSync(path.join(tmpdir(), 'bantin-env-'))

describe('parseDatabaseUrl', () => {
  test('file: URLs are SQLite, resolved against the repository root', () => {
    expect(parseDatabaseUrl('file:./data/bantin.db')).toEqual({
      kind: 'sqlite',
      url: `file:${path.join(rootDir, 'data/bantin.db')}`,
    })
  })
  test('postgres and mongodb URLs pick their adapters', () => {
    expect(parseDatabaseUrl('postgres://u@127.0.0.1/db').kind).toBe('postgres')
    expect(parseDatabaseUrl('postgresql://u@127.0.0.1/db').kind).toBe('postgres')
    expect(parseDatabaseUrl('mongodb://127.0.0.1/bantin?replicaSet=rs0').kind).toBe('mongodb')
    expect(parseDatabaseUrl('mongodb+srv://u:p@cluster.example.net/bantin').kind).toBe('mongodb')
  })
  test('an unknown scheme stops with one line naming the accepted ones', () => {
    expect(() => parseDatabaseUrl('mysql://root@localhost/bantin')).toThrow(
      'DATABASE_URL has an unknown scheme ("mysql"); accepted: file:, postgres://, postgresql://, mongodb://, mongodb+srv://',
    )
  })
  test('a file: URL without a path is refused', () => {
    expect(() => parseDatabaseUrl('file:')).toThrow(ConfigError)
  })
})

describe('parsePort', () => {
  test('defaults when unset and accepts a valid port', () => {
    expect(parsePort(undefined, 'PORT', 3000)).toBe(3000)
    expect(parsePort('8080', 'PORT', 3000)).toBe(8080)
  })
  test('refuses words, fractions and out-of-range numbers, naming the variable', () => {
    for (const bad of ['abc', '80.5', '0', '70000', '-1']) {
      expect(() => parsePort(bad, 'PORT', 3000)).toThrow(
        `PORT must be a whole number from 1 to 65535, got "${bad}"`,
      )
    }
  })
})

describe('resolveSecret', () => {
  test('PAYLOAD_SECRET wins and must be long enough', () => {
    expect(resolveSecret({ PAYLOAD_SECRET: SECRET }, tempDir(), { generate: true })).toBe(SECRET)
    expect(() => resolveSecret({ PAYLOAD_SECRET: 'short' }, tempDir(), { generate: true })).toThrow(
      /too short/,
    )
  })
  test('a fresh install generates one secret, stores it with mode 600 and reuses it', () => {
    const dir = tempDir()
    const first = resolveSecret({}, dir, { generate: true })
    expect(first).toMatch(/^[0-9a-f]{64}$/)
    expect(statSync(path.join(dir, 'payload-secret')).mode & 0o777).toBe(0o600)
    expect(resolveSecret({}, dir, { generate: true })).toBe(first)
    expect(readFileSync(path.join(dir, 'payload-secret'), 'utf8')).toBe(first)
  })
  test('production never invents a secret, and an empty value counts as unset', () => {
    expect(() => resolveSecret({}, tempDir(), { generate: false })).toThrow(
      /PAYLOAD_SECRET is required in production/,
    )
    expect(() => resolveSecret({ PAYLOAD_SECRET: '' }, tempDir(), { generate: false })).toThrow(
      /required in production/,
    )
    expect(resolveSecret({ PAYLOAD_SECRET: '' }, tempDir(), { generate: true })).toMatch(
      /^[0-9a-f]{64}$/,
    )
  })
  test('production reuses the stored one', () => {
    const dir = tempDir()
    writeFileSync(path.join(dir, 'payload-secret'), SECRET)
    expect(resolveSecret({}, dir, { generate: false })).toBe(SECRET)
  })
})

describe('readEnv', () => {
  test('defaults: embedded SQLite under data/, port 3000, media under data/media', () => {
    const dir = tempDir()
    const env = readEnv({ DATA_DIR: dir, PAYLOAD_SECRET: SECRET })
    expect(env).toMatchObject({
      databaseKind: 'sqlite',
      databaseUrl: `file:${path.join(dir, 'bantin.db')}`,
      port: 3000,
      mediaDir: path.join(dir, 'media'),
      serverUrl: 'http://localhost:3000',
      production: false,
    })
  })
  test('a bad SERVER_URL is named in the message', () => {
    expect(() =>
      readEnv({ DATA_DIR: tempDir(), PAYLOAD_SECRET: SECRET, SERVER_URL: 'cms' }),
    ).toThrow('SERVER_URL must be an absolute URL such as https://cms.example.vn, got "cms"')
  })
})

describe('readEnv HOST', () => {
  test('the CMS listens on loopback unless HOST says otherwise', () => {
    expect(readEnv({ DATA_DIR: tempDir(), PAYLOAD_SECRET: SECRET }).host).toBe('127.0.0.1')
    expect(readEnv({ DATA_DIR: tempDir(), PAYLOAD_SECRET: SECRET, HOST: '' }).host).toBe(
      '127.0.0.1',
    )
    expect(readEnv({ DATA_DIR: tempDir(), PAYLOAD_SECRET: SECRET, HOST: '0.0.0.0' }).host).toBe(
      '0.0.0.0',
    )
  })
  test('a HOST written as a URL is refused, naming the variable', () => {
    expect(() =>
      readEnv({ DATA_DIR: tempDir(), PAYLOAD_SECRET: SECRET, HOST: 'http://127.0.0.1' }),
    ).toThrow(
      'HOST must be an address such as 127.0.0.1 or 0.0.0.0 (no scheme, no port), got "http://127.0.0.1"',
    )
  })
})

describe('readRebuildTargets REBUILD_SECRET', () => {
  const hook = 'http://127.0.0.1:4322/rebuild'
  test('a secret of only spaces is refused, as the worker refuses it', () => {
    expect(() =>
      readRebuildTargets({ REBUILD_WEBHOOK_URL: hook, REBUILD_SECRET: ' '.repeat(40) }),
    ).toThrow('REBUILD_SECRET must be set (at least 32 characters) when REBUILD_WEBHOOK_URL is set')
  })
  test('the secret is signed with as written, spaces included', () => {
    const secret = ` ${'s'.repeat(32)} `
    expect(
      readRebuildTargets({ REBUILD_WEBHOOK_URL: hook, REBUILD_SECRET: secret }).webhook?.secret,
    ).toBe(secret)
  })
})
