import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readlinkSync,
  rmSync,
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
  setAsideFailed,
  switchCurrent,
} from '../../scripts/worker/releases'
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
})
