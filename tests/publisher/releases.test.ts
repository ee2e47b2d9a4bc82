import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'

import {
  currentLink,
  listReleases,
  newReleaseId,
  previousRelease,
  pruneReleases,
  readCurrent,
  readReleaseInfo,
  RELEASE_MARKER,
  setAsideFailed,
  switchCurrent,
} from '../../publisher/src/releases/store'
import { makeRelease } from './helpers/make-release'

let dir: string
beforeEach(() => void (dir = mkdtempSync(path.join(tmpdir(), 'bantin-releases-'))))
afterEach(() => rmSync(dir, { recursive: true, force: true }))

const ids = [
  '20251122-080000-000',
  '20251122-080100-000',
  '20251122-080200-000',
  '20251122-080300-000',
  '20251122-080400-000',
  '20251122-080500-000',
  '20251122-080600-000',
]

describe('releases', () => {
  test('new ids are UTC timestamps that sort in build order, even when the clock goes back', async () => {
    expect(await newReleaseId(dir, Date.parse('2025-11-22T08:27:15.123Z'))).toBe(
      '20251122-082715-123',
    )
    await makeRelease(dir, '20251122-082715-123', { 'index.html': 'x' })
    expect(await newReleaseId(dir, Date.parse('2025-11-22T08:27:15.123Z'))).toBe(
      '20251122-082715-124',
    )
    expect(await newReleaseId(dir, Date.parse('2025-11-22T08:00:00.000Z'))).toBe(
      '20251122-082715-124',
    )
  })

  test('switchCurrent replaces the relative current symlink and refuses unfinished releases', async () => {
    await makeRelease(dir, ids[0], { 'index.html': 'a' })
    await makeRelease(dir, ids[1], { 'index.html': 'b' })
    mkdirSync(path.join(dir, ids[2]))
    await switchCurrent(dir, ids[0])
    await switchCurrent(dir, ids[1])
    expect(lstatSync(currentLink(dir)).isSymbolicLink()).toBe(true)
    expect(readlinkSync(currentLink(dir))).toBe(ids[1])
    await expect(switchCurrent(dir, ids[2])).rejects.toThrow(
      `release ${ids[2]} does not exist or is incomplete`,
    )
    expect(await readCurrent(dir)).toBe(ids[1])
    expect(readdirSync(dir).filter((name) => name.startsWith('.current-'))).toEqual([])
  })

  test('prune keeps the five newest and the live one, and removes unfinished folders', async () => {
    for (const id of ids) await makeRelease(dir, id, { 'index.html': id })
    await switchCurrent(dir, ids[0])
    mkdirSync(path.join(dir, '20251122-090000-000'))
    expect(await pruneReleases(dir, 5)).toEqual([ids[1], '20251122-090000-000'])
    expect(await listReleases(dir)).toEqual([ids[0], ...ids.slice(2)])
    expect(await previousRelease(dir)).toBe(null)
    await switchCurrent(dir, ids[6])
    expect(await previousRelease(dir)).toBe(ids[5])
    expect(await pruneReleases(dir, 5)).toEqual([ids[0]])
  })

  test('a refused build is set aside as failed-<id>, and only the latest one is kept', async () => {
    mkdirSync(path.join(dir, ids[0]))
    mkdirSync(path.join(dir, ids[1]))
    await setAsideFailed(dir, ids[0])
    await setAsideFailed(dir, ids[1])
    expect(readdirSync(dir)).toEqual([`failed-${ids[1]}`])
    expect(existsSync(path.join(dir, ids[1]))).toBe(false)
  })

  test('pruning never deletes a release whose marker cannot be read, and says why', async () => {
    for (const id of ids) await makeRelease(dir, id, { 'index.html': id })
    await switchCurrent(dir, ids[6])
    // ids[0]: the marker is a folder (EISDIR); ids[1]: the marker is garbled. Both were finished
    // releases; a read error is not "missing", so neither may be taken for a cut-short build.
    rmSync(path.join(dir, ids[0], RELEASE_MARKER))
    mkdirSync(path.join(dir, ids[0], RELEASE_MARKER))
    writeFileSync(path.join(dir, ids[1], RELEASE_MARKER), '{"id": "2025')
    const problems: string[] = []
    const removed = await pruneReleases(dir, 2, { report: (error) => problems.push(error.message) })
    expect(removed).toEqual([ids[2], ids[3], ids[4]])
    expect(existsSync(path.join(dir, ids[0], 'index.html'))).toBe(true)
    expect(existsSync(path.join(dir, ids[1], 'index.html'))).toBe(true)
    expect(problems).toHaveLength(2)
    expect(problems[0]).toContain(`${ids[0]}/${RELEASE_MARKER}`)
    expect(problems[0]).toContain('EISDIR')
    expect(problems[1]).toContain(`${ids[1]}/${RELEASE_MARKER}`)
    expect(problems[1]).toMatch(/JSON/)
  })

  test('only a missing marker means unfinished; other read errors surface with the file named', async () => {
    mkdirSync(path.join(dir, ids[0]))
    expect(await readReleaseInfo(dir, ids[0])).toBe(null)
    mkdirSync(path.join(dir, ids[0], RELEASE_MARKER))
    await expect(readReleaseInfo(dir, ids[0])).rejects.toThrow(
      `cannot read ${path.join(dir, ids[0], RELEASE_MARKER)}`,
    )
    await expect(listReleases(dir)).rejects.toThrow('EISDIR')
    await expect(switchCurrent(dir, ids[0])).rejects.toThrow('EISDIR')
    // Without a report callback, pruning refuses rather than guessing.
    await expect(pruneReleases(dir, 5)).rejects.toThrow('EISDIR')
    expect(existsSync(path.join(dir, ids[0]))).toBe(true)
  })

  test('while a kept release’s layer cannot be read, pruning removes no finished release', async () => {
    for (const id of ids) await makeRelease(dir, id, { 'index.html': id })
    // The newest is a layered release whose .layer.json is garbled: its base is unknown.
    writeFileSync(path.join(dir, ids[6], '.layer.json'), '{"base": ')
    mkdirSync(path.join(dir, '20251122-090000-000')) // unfinished: still safe to remove
    await switchCurrent(dir, ids[5])
    const problems: string[] = []

    const removed = await pruneReleases(dir, 2, { report: (error) => problems.push(error.message) })

    expect(removed).toEqual(['20251122-090000-000'])
    expect(await listReleases(dir)).toEqual(ids)
    expect(problems).toEqual([expect.stringContaining(`${ids[6]}/.layer.json`)])
  })

  test('current that is not a symlink is an error, not "no release"', async () => {
    expect(await readCurrent(dir)).toBe(null)
    mkdirSync(path.join(dir, 'current'))
    await expect(readCurrent(dir)).rejects.toThrow(`cannot read ${path.join(dir, 'current')}`)
    rmSync(path.join(dir, 'current'), { recursive: true })
    symlinkSync(ids[0], path.join(dir, 'current'))
    expect(await readCurrent(dir)).toBe(ids[0])
  })
})
