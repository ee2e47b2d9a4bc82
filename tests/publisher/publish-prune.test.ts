/**
 * Removing old releases comes after the switch: when it fails (a disk error, a folder that cannot
 * be deleted), the release that just went live must stay live, and the build counts as done.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, test, vi } from 'vitest'

import type * as releaseStore from '../../publisher/src/releases/store'
import { currentLink, readCurrent } from '../../publisher/src/releases/store'
import { buildRelease } from '../../publisher/src/worker/build-release'

vi.mock('../../publisher/src/releases/store', async (importOriginal) => {
  const store = await importOriginal<typeof releaseStore>()
  return {
    ...store,
    pruneReleases: async () => {
      throw new Error('EIO: i/o error, rmdir old release')
    },
  }
})

let dir = ''
afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe('buildRelease', () => {
  test('a failure removing old releases leaves the new release live and the build ok', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'bantin-prune-'))
    const lines: string[] = []
    const record = await buildRelease(
      {
        releasesDir: dir,
        buildCommand: '',
        build: async (outDir) =>
          writeFileSync(path.join(outDir, 'index.html'), '<h1>Trang chủ mới</h1>'),
        cwd: dir,
        buildTimeoutMs: 10_000,
        minPages: 1,
        keep: 5,
        log: (line) => lines.push(line),
      },
      'test',
    )
    expect(record.result).toBe('ok')
    expect(await readCurrent(dir)).toBe(record.id)
    expect(readFileSync(path.join(currentLink(dir), 'index.html'), 'utf8')).toBe(
      '<h1>Trang chủ mới</h1>',
    )
    expect(lines.join('\n')).toMatch(/old releases.*EIO/)
  })
})
