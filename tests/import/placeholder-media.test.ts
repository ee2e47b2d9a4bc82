import { existsSync, readdirSync, unlinkSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { loadImportState } from '../../scripts/import/import-state'
import { placeholderHue } from '../../scripts/import/placeholder-image'
import { placeholderTag, upsertPlaceholderMedia } from '../../scripts/import/placeholder-media'
import { startTestCms, type TestCms } from '../helpers/payload'

let cms: TestCms
beforeAll(async () => {
  cms = await startTestCms()
})
afterAll(async () => cms?.close())

describe('upsertPlaceholderMedia', () => {
  test('a copy cut short by a missing variant leaves no stray files, and the new image takes its own name', async () => {
    const state = await loadImportState(cms.payload)
    const caption = 'Lực lượng công an tuần tra đêm'
    const first = await upsertPlaceholderMedia(
      cms.payload,
      { caption, credit: null },
      { state, tag: placeholderTag('file:a.txt', 0) },
    )
    const prototype = state.prototypes.get(placeholderHue(caption))!
    const mediaDir = cms.payload.collections.media.config.upload.staticDir!
    // The prototype's last variant is gone (an editor replaced its photo meanwhile), the rest are there.
    const variants = Object.values(prototype.sizes as Record<string, { filename: string }>).map(
      (size) => size.filename,
    )
    unlinkSync(path.join(mediaDir, variants.at(-1)!))

    const tag = placeholderTag('file:b.txt', 0)
    const id = await upsertPlaceholderMedia(cms.payload, { caption, credit: null }, { state, tag })
    const made = await cms.payload.findByID({ collection: 'media', id, depth: 0 })
    expect(id).not.toBe(first)
    expect(made.filename).toBe(`anh-tam-luc-luong-cong-an-tuan-tra-dem-${tag}.jpg`)
    // Every file carrying the tag belongs to the new record: nothing half-copied is left beside it.
    const stem = made.filename!.replace(/\.jpg$/, '')
    const recorded = new Set([
      made.filename,
      ...Object.values(made.sizes ?? {}).map((size) => size?.filename),
    ])
    const onDisk = readdirSync(mediaDir).filter((name) => name.includes(tag))
    expect(onDisk.filter((name) => !recorded.has(name))).toEqual([])
    expect(onDisk.length).toBe(recorded.size)
    expect(existsSync(path.join(mediaDir, `${stem}-1.jpg`))).toBe(false)
  })
})
