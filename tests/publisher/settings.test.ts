import path from 'node:path'
import { describe, expect, test } from 'vitest'

import { readReleasesDir, readPublisherSettings } from '../../publisher/src/settings'

const root = path.resolve(import.meta.dirname, '../..')
const SECRET = 'a-rebuild-secret-of-at-least-32-characters'

describe('readPublisherSettings', () => {
  test('defaults: ports 4322 and 4321 on loopback, data/releases, the warm site builder', () => {
    expect(readPublisherSettings({ REBUILD_SECRET: SECRET })).toEqual({
      secret: SECRET,
      rebuildPort: 4322,
      sitePort: 4321,
      siteHost: '127.0.0.1',
      releasesDir: path.join(root, 'data/releases'),
      buildCommand: 'npm run build:site',
      warmBuild: true,
      buildHeapMb: 1024,
      canary: undefined,
      minPages: 1,
    })
  })

  test("SITE_BUILD_HEAP_MB sets the warm builder's heap; a value that is no size is refused by name", () => {
    expect(
      readPublisherSettings({ REBUILD_SECRET: SECRET, SITE_BUILD_HEAP_MB: '2048' }).buildHeapMb,
    ).toBe(2048)
    expect(() =>
      readPublisherSettings({ REBUILD_SECRET: SECRET, SITE_BUILD_HEAP_MB: '1GB' }),
    ).toThrow('SITE_BUILD_HEAP_MB must be a whole number from 256 to 65536, got "1GB"')
  })

  test('SITE_BUILD_PROFILE_DIR turns on build profiles in a folder resolved against the repository', () => {
    const settings = readPublisherSettings({
      REBUILD_SECRET: SECRET,
      SITE_BUILD_PROFILE_DIR: 'var/profiles',
    })
    expect(settings.buildProfileDir).toBe(path.join(root, 'var/profiles'))
    expect(readPublisherSettings({ REBUILD_SECRET: SECRET }).buildProfileDir).toBeUndefined()
  })

  test("npm start's pid (BANTIN_SUPERVISOR_PID) is read as a process id, anything else as none", () => {
    const read = (value: string) =>
      readPublisherSettings({ REBUILD_SECRET: SECRET, BANTIN_SUPERVISOR_PID: value }).supervisorPid
    expect(read('4242')).toBe(4242)
    expect(read('abc')).toBeUndefined()
    expect(read('1')).toBeUndefined()
  })

  test('reads every setting, resolving folders against the repository root', () => {
    const settings = readPublisherSettings({
      REBUILD_SECRET: SECRET,
      REBUILD_PORT: '5322',
      SITE_PORT: '5321',
      RELEASES_DIR: 'var/releases',
      SITE_BUILD_COMMAND: 'node build.mjs',
      SITE_CANARY: 'DRAFT-1',
      SITE_MIN_PAGES: '40',
    })
    expect(settings).toMatchObject({
      rebuildPort: 5322,
      sitePort: 5321,
      buildCommand: 'node build.mjs',
      warmBuild: false,
      releasesDir: path.join(root, 'var/releases'),
      canary: 'DRAFT-1',
      minPages: 40,
    })
    expect(readReleasesDir({ DATA_DIR: '/srv/bantin' })).toBe('/srv/bantin/releases')
  })

  test('refuses a missing, empty or short secret, and bad numbers, with the variable named', () => {
    expect(() => readPublisherSettings({})).toThrow('REBUILD_SECRET is required')
    expect(() => readPublisherSettings({ REBUILD_SECRET: '  ' })).toThrow(
      'REBUILD_SECRET is required',
    )
    expect(() => readPublisherSettings({ REBUILD_SECRET: 'short' })).toThrow(
      'REBUILD_SECRET is too short',
    )
    expect(() => readPublisherSettings({ REBUILD_SECRET: SECRET, REBUILD_PORT: '99999' })).toThrow(
      'REBUILD_PORT',
    )
    expect(() => readPublisherSettings({ REBUILD_SECRET: SECRET, SITE_MIN_PAGES: '0' })).toThrow(
      'SITE_MIN_PAGES',
    )
  })
})
