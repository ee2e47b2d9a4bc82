import path from 'node:path'
import { describe, expect, test } from 'vitest'

import { readSettings } from '../../site/src/settings'

const siteDir = path.resolve(import.meta.dirname, '../../site')

describe('readSettings', () => {
  test('defaults to a local CMS and site, building into site/dist', () => {
    expect(readSettings({})).toEqual({
      cmsUrl: 'http://localhost:3000',
      siteUrl: 'http://localhost:4321',
      distDir: path.join(siteDir, 'dist'),
      cacheDir: path.join(siteDir, 'node_modules', '.astro'),
      liveDir: null,
    })
  })

  test('SITE_LIVE_DIR names the live release a publisher build compares with', () => {
    expect(readSettings({ SITE_LIVE_DIR: '/srv/bantin/releases/current' }).liveDir).toBe(
      '/srv/bantin/releases/current',
    )
  })

  test('reads CMS_URL and SITE_URL without trailing slashes', () => {
    const settings = readSettings({
      CMS_URL: 'https://cms.congan.example.vn/',
      SITE_URL: 'https://congan.example.vn/',
    })
    expect(settings.cmsUrl).toBe('https://cms.congan.example.vn')
    expect(settings.siteUrl).toBe('https://congan.example.vn')
  })

  test('refuses a CMS_URL that is not an absolute http(s) URL, saying what it wants', () => {
    expect(() => readSettings({ CMS_URL: 'localhost:3000' })).toThrow(
      'CMS_URL must be an absolute http(s) URL such as http://localhost:3000',
    )
  })

  test('refuses a SITE_URL with a path, since pages link from the root', () => {
    expect(() => readSettings({ SITE_URL: 'https://example.vn/tin/' })).toThrow(
      /SITE_URL must be an origin without a path/,
    )
  })
})
