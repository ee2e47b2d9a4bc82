import { describe, expect, test } from 'vitest'

import { cmsFileName, mediaVersion, versionedName } from '../../site/src/lib/media-version'

const saved = { id: 7, updatedAt: '2026-12-01T08:00:00.000Z' }

describe('media versions', () => {
  test('an image has one 10-hex version that changes whenever the CMS saves it, and differs per image', () => {
    const version = mediaVersion(saved)!
    expect(version).toMatch(/^[0-9a-f]{10}$/)
    expect(mediaVersion({ ...saved })).toBe(version)
    // A new file, a crop or a focal point saves the document: a new updatedAt.
    expect(mediaVersion({ ...saved, updatedAt: '2026-12-01T08:00:00.001Z' })).not.toBe(version)
    // A new upload given the name a deleted one had is another document.
    expect(mediaVersion({ ...saved, id: 8 })).not.toBe(version)
  })

  test('without updatedAt there is no version and the name stays as the CMS gave it', () => {
    expect(mediaVersion({ id: 7 })).toBeNull()
    expect(versionedName('cau-vuot-480x267.webp', null)).toBe('cau-vuot-480x267.webp')
  })

  test('puts the version before the extension and takes it out again for the download', () => {
    for (const [name, published] of [
      ['cau-vuot-480x267.webp', 'cau-vuot-480x267.0123abcdef.webp'],
      ['IMG_2024 (1).jpg', 'IMG_2024 (1).0123abcdef.jpg'],
      ['bao-cao-20241231.jpg', 'bao-cao-20241231.0123abcdef.jpg'],
      ['anh', 'anh.0123abcdef'],
      ['.hidden', '.hidden.0123abcdef'],
    ]) {
      expect(versionedName(name!, '0123abcdef')).toBe(published)
      expect(cmsFileName(published!)).toBe(name)
    }
  })
})
