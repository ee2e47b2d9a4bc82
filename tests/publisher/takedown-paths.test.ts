import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'

import {
  markComplete,
  newReleaseId,
  readCurrent,
  releasePath,
  switchCurrent,
} from '../../publisher/src/releases/store'
import { makeTakedownRelease, removeDocuments } from '../../publisher/src/releases/takedown'
import { type RebuildWorker } from '../../publisher/src/worker/rebuild-server'
import { deliver } from './helpers/deliver'
import { makeSandbox } from './helpers/test-worker'

let root: string
let outside: string

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'bantin-takedown-paths-'))
  outside = path.join(root, 'outside')
  mkdirSync(outside)
  writeFileSync(path.join(outside, 'x'), 'not part of any release')
})
afterEach(() => rmSync(root, { recursive: true, force: true }))

const write = (dir: string, files: Record<string, string>) => {
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true })
    writeFileSync(path.join(dir, name), content)
  }
}

/** A live release whose `.pages.json` gives article 1 the listed files. */
async function liveRelease(releases: string, files: string[], extra: Record<string, string> = {}) {
  const id = await newReleaseId(releases)
  const dir = releasePath(releases, id)
  write(dir, {
    'index.html': 'home',
    'tin-tuc/bai-1/index.html': 'article 1',
    ...extra,
    '.pages.json': JSON.stringify({ articles: { 1: { files, search: [] } } }),
  })
  await markComplete(releases, { id, pages: 2, builtAt: new Date().toISOString(), reason: 'test' })
  await switchCurrent(releases, id)
  return { id, dir }
}

const takedown = (collection: string, id: string) => ({
  key: 'k',
  collection,
  id,
  reason: 'test',
  receivedAt: new Date().toISOString(),
})

describe('takedown paths from .pages.json', () => {
  test('../x, an absolute path, a/./b and .release.json are never removed', async () => {
    const releases = path.join(root, 'releases')
    mkdirSync(releases)
    const files = [
      '../../outside/x',
      path.join(outside, 'x'),
      '/etc/x',
      'tin-tuc/./bai-1/index.html',
      '.release.json',
      'tin-tuc/bai-1/index.html',
    ]
    const live = await liveRelease(releases, files)
    const made = await makeTakedownRelease(releases, [takedown('articles', '1')], { log: () => {} })

    expect(made!.removed).toEqual(['tin-tuc/bai-1/index.html'])
    expect(existsSync(path.join(outside, 'x'))).toBe(true)
    expect(existsSync(path.join(releasePath(releases, made!.id), '.release.json'))).toBe(true)
    expect(existsSync(path.join(live.dir, 'tin-tuc/bai-1/index.html'))).toBe(true)
  })

  test('a file reached through a symlinked folder pointing outside the release is not removed', async () => {
    const releases = path.join(root, 'releases')
    mkdirSync(releases)
    const files = ['tin-tuc/bai-1/index.html', 'anh/x', 'rel/x']
    const live = await liveRelease(releases, files)
    // One absolute and one relative link, both to the folder outside the releases.
    symlinkSync(outside, path.join(live.dir, 'anh'))
    symlinkSync(path.relative(live.dir, outside), path.join(live.dir, 'rel'))

    const made = await makeTakedownRelease(releases, [takedown('articles', '1')], { log: () => {} })

    expect(existsSync(path.join(outside, 'x'))).toBe(true)
    expect(made!.removed).toEqual(['tin-tuc/bai-1/index.html'])
    expect(await readCurrent(releases)).toBe(made!.id)
  })

  test("removeDocuments on a full release drops the removed page's render key, so the next publish renders it again", async () => {
    const release = path.join(root, 'release')
    const keys = {
      code: 'c',
      rendered: 'all',
      pages: { '/': null, '/tin-tuc/bai-1/': 'k1', '/tin-tuc/bai-2/': 'k2' },
    }
    write(release, {
      'index.html': 'home',
      'tin-tuc/bai-1/index.html': 'one',
      'tin-tuc/bai-2/index.html': 'two',
      '.render-keys.json': JSON.stringify(keys),
      '.pages.json': JSON.stringify({
        articles: { 1: { files: ['tin-tuc/bai-1/index.html'], search: [] } },
      }),
    })

    await removeDocuments(release, [takedown('articles', '1')])

    expect(existsSync(path.join(release, 'tin-tuc/bai-1/index.html'))).toBe(false)
    const after = JSON.parse(readFileSync(path.join(release, '.render-keys.json'), 'utf8'))
    expect(after).toEqual({ ...keys, pages: { '/': null, '/tin-tuc/bai-2/': 'k2' } })
  })

  test('removeDocuments leaves files behind a symlinked folder alone', async () => {
    const release = path.join(root, 'release')
    write(release, {
      'index.html': 'home',
      '.pages.json': JSON.stringify({ articles: { 1: { files: ['anh/x'], search: [] } } }),
    })
    symlinkSync(outside, path.join(release, 'anh'))

    const removal = await removeDocuments(release, [takedown('articles', '1')])

    expect(removal).toEqual({ removed: [], pages: 0 })
    expect(existsSync(path.join(outside, 'x'))).toBe(true)
  })

  test('a takedown of __proto__ / toString leaves Object.prototype as it is', async () => {
    const release = path.join(root, 'release')
    write(release, {
      'index.html': 'home',
      '.pages.json': JSON.stringify({ articles: { 1: { files: ['index.html'], search: [] } } }),
    })
    const saved = Object.getOwnPropertyDescriptor(Object.prototype, 'toString')!
    try {
      const removal = await removeDocuments(release, [takedown('__proto__', 'toString')])
      expect(removal).toEqual({ removed: [], pages: 0 })
      expect(Object.hasOwn(Object.prototype, 'toString')).toBe(true)
    } finally {
      Object.defineProperty(Object.prototype, 'toString', saved)
    }
  })

  test('a .pages.json of the wrong shape is refused, not used', async () => {
    const release = path.join(root, 'release')
    write(release, {
      'index.html': 'home',
      '.pages.json': JSON.stringify({ articles: { 1: { files: 'index.html' } } }),
    })
    await expect(removeDocuments(release, [takedown('articles', '1')])).rejects.toThrow(
      '.pages.json',
    )
    expect(existsSync(path.join(release, 'index.html'))).toBe(true)
  })
})

describe('worker', () => {
  const sandbox = makeSandbox()
  let worker: RebuildWorker

  afterEach(async () => {
    await worker?.close()
    sandbox.remove()
  })

  test('refuses (400) a takedown whose collection is __proto__', async () => {
    worker = await sandbox.startWorker()
    const request = {
      reason: 'x',
      collection: '__proto__',
      id: 'toString',
      takedown: true as const,
      requestedAt: new Date().toISOString(),
    }
    // The sender's type allows only real collections; this is a forged body.
    const answer = await deliver(worker.url, { request: request as never })
    expect(answer.status).toBe(400)
    expect((await worker.status()).takedowns).toEqual([])
  })
})
