import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'

import {
  markComplete,
  newReleaseId,
  readCurrent,
  releasePath,
  switchCurrent,
} from '../../publisher/src/releases/store'
import { makeTakedownRelease } from '../../publisher/src/releases/takedown'
import { openRelease, whereIs } from '../../publisher/src/releases/layer'

const root = mkdtempSync(path.join(tmpdir(), 'bantin-takedown-notices-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

const entry = (files: string[]) => ({ files, search: [] })

describe('makeTakedownRelease for wanted notices and documents', () => {
  test('a withdrawn notice loses its page and photo at once, and article 3 with the same id keeps its own', async () => {
    const releases = path.join(root, 'releases')
    mkdirSync(releases)
    const id = await newReleaseId(releases)
    const dir = releasePath(releases, id)
    const files: Record<string, string> = {
      'index.html': 'home',
      'tin-tuc/bai-3/index.html': 'article 3',
      'truy-na/nguyen-van-a/index.html': 'notice 3',
      'media/a.webp': 'photo',
      'van-ban/125-qd-cat/index.html': 'document 3',
      'van-ban/tep/qd-125.pdf': '%PDF-1.7',
      '.pages.json': JSON.stringify({
        articles: { 3: entry(['tin-tuc/bai-3/index.html']) },
        'wanted-notices': { 3: entry(['truy-na/nguyen-van-a/index.html', 'media/a.webp']) },
        documents: { 3: entry(['van-ban/125-qd-cat/index.html', 'van-ban/tep/qd-125.pdf']) },
      }),
    }
    for (const [name, content] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, name)), { recursive: true })
      writeFileSync(path.join(dir, name), content)
    }
    await markComplete(releases, {
      id,
      pages: 4,
      builtAt: new Date().toISOString(),
      reason: 'test',
    })
    await switchCurrent(releases, id)

    const takedown = (collection: string) => ({
      key: collection,
      collection,
      id: '3',
      reason: 'test',
      receivedAt: new Date().toISOString(),
    })
    const made = await makeTakedownRelease(
      releases,
      [takedown('wanted-notices'), takedown('documents')],
      { log: () => {} },
    )

    expect(made!.removed.sort()).toEqual([
      'media/a.webp',
      'truy-na/nguyen-van-a/index.html',
      'van-ban/125-qd-cat/index.html',
      'van-ban/tep/qd-125.pdf',
    ])
    const live = await openRelease(releasePath(releases, (await readCurrent(releases))!))
    expect(await whereIs(live, 'truy-na/nguyen-van-a/index.html')).toBe(null)
    expect(await whereIs(live, 'media/a.webp')).toBe(null)
    expect(await whereIs(live, 'van-ban/tep/qd-125.pdf')).toBe(null)
    expect(await whereIs(live, 'tin-tuc/bai-3/index.html')).toBe(dir)
    expect(existsSync(path.join(dir, 'media/a.webp'))).toBe(true)
  })
})
