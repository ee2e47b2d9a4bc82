import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { currentLink, readCurrent, switchCurrent } from '../../publisher/src/releases/store'
import { makeRelease } from './helpers/make-release'
import { readServed, servedFrom } from './helpers/served'

const root = path.resolve(import.meta.dirname, '../..')
const ids = ['20251122-080000-000', '20251122-080100-000', '20251122-080200-000']
const dir = mkdtempSync(path.join(tmpdir(), 'bantin-rollback-'))

/** Runs `npm run site:rollback -- …` the way an operator would (the entry point, via tsx). */
function siteRollback(releasesDir: string, ...args: string[]) {
  const result = spawnSync(
    path.join(root, 'node_modules/.bin/tsx'),
    ['publisher/src/cli/rollback.ts', ...args],
    {
      cwd: root,
      env: { ...process.env, RELEASES_DIR: releasesDir },
      encoding: 'utf8',
      timeout: 30_000,
    },
  )
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

const liveIndex = () => readFileSync(path.join(currentLink(dir), 'index.html'), 'utf8')

beforeAll(async () => {
  for (const id of ids) await makeRelease(dir, id, { 'index.html': `release ${id}` })
  await switchCurrent(dir, ids[2])
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('site:rollback', () => {
  test('without an id, puts the previous kept release live and says so', async () => {
    const result = siteRollback(dir)
    expect(result.code).toBe(0)
    expect(result.stdout).toContain(`the live site is now release ${ids[1]} (was ${ids[2]})`)
    expect(await readCurrent(dir)).toBe(ids[1])
    expect(liveIndex()).toBe(`release ${ids[1]}`)
  })

  test('with an id, puts that release live, including a newer one', async () => {
    const result = siteRollback(dir, '--', ids[2])
    expect(result.code).toBe(0)
    expect(result.stdout).toContain(`the live site is now release ${ids[2]} (was ${ids[1]})`)
    expect(liveIndex()).toBe(`release ${ids[2]}`)
  })

  test('an unknown id fails clearly and changes nothing', async () => {
    const result = siteRollback(dir, '20200101-000000-000')
    expect(result.code).toBe(1)
    expect(result.stderr).toContain(
      `there is no release "20200101-000000-000" in ${dir} (kept releases: ${ids.join(', ')})`,
    )
    expect(await readCurrent(dir)).toBe(ids[2])
  })

  test('fails clearly when the live release is the oldest, or when nothing was built', async () => {
    await switchCurrent(dir, ids[0])
    const oldest = siteRollback(dir)
    expect(oldest.code).toBe(1)
    expect(oldest.stderr).toContain(
      `nothing to roll back to: release ${ids[0]} is the oldest one kept`,
    )
    expect(await readCurrent(dir)).toBe(ids[0])
    const empty = siteRollback(path.join(dir, 'nothing-here'))
    expect(empty.code).toBe(1)
    expect(empty.stderr).toContain('nothing to roll back to: no release has been built yet')
  })
})

describe('site:rollback to a layered release', () => {
  const layeredDir = mkdtempSync(path.join(tmpdir(), 'bantin-rollback-layered-'))
  const [base, layer, full, orphan] = [
    '20251122-080000-000',
    '20251122-080100-000',
    '20251122-080200-000',
    '20251122-080300-000',
  ]
  afterAll(() => rmSync(layeredDir, { recursive: true, force: true }))

  test('puts a layered release live with its base, and refuses one whose base is gone', async () => {
    await makeRelease(layeredDir, base, {
      'index.html': 'base',
      'tin-tuc/bai-1/index.html': 'bài 1',
    })
    await makeRelease(layeredDir, layer, {
      '.layer.json': JSON.stringify({ base, removed: ['/tin-tuc/bai-1/index.html'] }),
      'index.html': 'layer',
    })
    await makeRelease(layeredDir, full, { 'index.html': 'full' })
    await makeRelease(layeredDir, orphan, {
      '.layer.json': JSON.stringify({ base: '20251122-070000-000', removed: [] }),
      'index.html': 'orphan',
    })
    await switchCurrent(layeredDir, full)

    const result = siteRollback(layeredDir, layer)
    expect([result.code, result.stdout]).toEqual([
      0,
      expect.stringContaining(`the live site is now release ${layer} (was ${full})`),
    ])
    expect(readServed(currentLink(layeredDir), 'index.html')).toBe('layer')
    expect(servedFrom(currentLink(layeredDir), 'tin-tuc/bai-1/index.html')).toBe(null)

    const refused = siteRollback(layeredDir, orphan)
    expect(refused.code).toBe(1)
    expect(refused.stderr).toContain(
      `site:rollback: release ${orphan} cannot go live: its base release 20251122-070000-000 is missing or unfinished`,
    )
    expect(await readCurrent(layeredDir)).toBe(layer)
  })
})
