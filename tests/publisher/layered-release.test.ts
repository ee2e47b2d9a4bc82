/**
 * Layered releases on real folders, served by the real live-site server: a publish or takedown
 * that costs what changed, not what the site holds.
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest'

import { LAYER_FILE, readLayer } from '../../publisher/src/releases/layer'
import { rollback } from '../../publisher/src/releases/rollback'
import {
  createLayeredRelease,
  currentLink,
  listReleases,
  markComplete,
  pruneReleases,
  readCurrent,
  readReleaseInfo,
  releasePath,
  switchCurrent,
} from '../../publisher/src/releases/store'
import { makeTakedownRelease, removeDocuments } from '../../publisher/src/releases/takedown'
import { validateRelease } from '../../publisher/src/releases/validate'
import { type StaticServer, startStaticServer } from '../../publisher/src/server/static-server'
import { makeRelease } from './helpers/make-release'
import { rawGet } from './helpers/raw-get'

const BASE = '20251122-080000-000'
const page = (title: string, links: string[] = []) =>
  `<!doctype html><title>${title}</title>${links.map((l) => `<a href="${l}">x</a>`).join('')}`

/** The full build: home, two articles, a category page, the 404 page, an asset, the index. */
const baseFiles = {
  'index.html': page('Trang chủ v1', ['/tin-tuc/bai-1/', '/tin-tuc/bai-2/']),
  'tin-tuc/bai-1/index.html': page('Bài 1 v1', ['/']),
  'tin-tuc/bai-2/index.html': page('Bài 2 v1', ['/']),
  'chuyen-muc/an-ninh/index.html': page('An ninh', ['/tin-tuc/bai-1/']),
  'chuyen-muc/an-ninh/trang-2/index.html': page('An ninh 2', ['/']),
  '404.html': page('Không tìm thấy trang'),
  '_astro/site.1a2b.css': 'body{}',
  'pagefind/fragment/bai-2.pf_fragment': 'fragment 2',
  '.pages.json': JSON.stringify({
    articles: {
      1: { files: ['tin-tuc/bai-1/index.html'], search: [] },
      2: {
        files: ['tin-tuc/bai-2/index.html'],
        search: ['pagefind/fragment/bai-2.pf_fragment'],
      },
    },
  }),
}

function writeTree(dir: string, files: Record<string, string>) {
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
    writeFileSync(path.join(dir, file), content)
  }
}

let releases: string
/** A folder of changed files, as a build of only the changed pages writes it. */
function changes(files: Record<string, string>): string {
  const dir = path.join(releases, `.staging-${Math.random().toString(36).slice(2)}`)
  writeTree(dir, files)
  return dir
}

/** createLayeredRelease on the live release, then marked and switched like any release. */
async function publishLayer(
  id: string,
  options: { changes?: Record<string, string>; removed?: string[] } = {},
) {
  const live = (await readCurrent(releases))!
  const made = await createLayeredRelease({
    dir: releases,
    live,
    id,
    changes: options.changes ? changes(options.changes) : undefined,
    removed: options.removed,
  })
  await markComplete(releases, {
    id,
    pages: 100,
    builtAt: new Date().toISOString(),
    reason: 'test',
  })
  await switchCurrent(releases, id)
  return made
}

const own = (id: string) =>
  readdirSync(releasePath(releases, id), {
    recursive: true,
    withFileTypes: true,
  })
    .filter((entry) => entry.isFile())
    .map((entry) =>
      path.relative(releasePath(releases, id), path.join(entry.parentPath, entry.name)),
    )
    .sort()

describe('a layered release on the live site', () => {
  let site: StaticServer
  const get = async (url: string) => {
    const res = await rawGet(site.port, url)
    return {
      status: res.status,
      body: res.body.toString(),
      headers: res.headers,
    }
  }

  beforeAll(async () => {
    releases = mkdtempSync(path.join(tmpdir(), 'bantin-layered-'))
    await makeRelease(releases, BASE, baseFiles)
    await switchCurrent(releases, BASE)
    site = await startStaticServer({
      root: currentLink(releases),
      port: 0,
      log: () => {},
    })
  })
  afterAll(async () => {
    await site.close()
    rmSync(releases, { recursive: true, force: true })
  })

  test('serves changed files from the layer, the rest from the base, removed files as 404', async () => {
    const made = await publishLayer('20251122-080100-000', {
      changes: {
        'index.html': page('Trang chủ v2', ['/tin-tuc/bai-3/']),
        'tin-tuc/bai-3/index.html': page('Bài 3 mới'),
      },
      removed: ['/tin-tuc/bai-2/index.html', '/chuyen-muc/an-ninh/trang-2/'],
    })
    expect(made.layer).toEqual({
      base: BASE,
      removed: ['/chuyen-muc/an-ninh/trang-2/', '/tin-tuc/bai-2/index.html'],
    })
    // The release holds what changed and nothing of the base.
    expect(own(made.id)).toEqual([
      '.layer.json',
      '.release.json',
      'index.html',
      'tin-tuc/bai-3/index.html',
    ])

    expect(await get('/')).toMatchObject({
      status: 200,
      body: expect.stringContaining('Trang chủ v2'),
    })
    expect(await get('/tin-tuc/bai-3/')).toMatchObject({
      status: 200,
      body: page('Bài 3 mới'),
    })
    expect(await get('/tin-tuc/bai-1/')).toMatchObject({
      status: 200,
      body: baseFiles['tin-tuc/bai-1/index.html'],
    })
    expect((await get('/_astro/site.1a2b.css')).headers['cache-control']).toBe(
      'public, max-age=31536000, immutable',
    )
    // A removed file, and every file under a removed folder: the base's 404 page, status 404.
    for (const url of [
      '/tin-tuc/bai-2/',
      '/tin-tuc/bai-2/index.html',
      '/chuyen-muc/an-ninh/trang-2/',
    ]) {
      const res = await get(url)
      expect([url, res.status, res.body]).toEqual([url, 404, baseFiles['404.html']])
      expect(res.headers['cache-control']).toBe('no-cache')
    }
    expect((await get('/chuyen-muc/an-ninh/trang-2')).status).toBe(404)
    expect(await get('/chuyen-muc/an-ninh/')).toMatchObject({
      status: 200,
      body: baseFiles['chuyen-muc/an-ninh/index.html'],
    })
    // Folders without the final slash redirect, in the layer and in the base alike.
    expect([
      (await get('/tin-tuc/bai-3')).headers.location,
      (await get('/tin-tuc/bai-1?p=2')).headers.location,
    ]).toEqual(['/tin-tuc/bai-3/', '/tin-tuc/bai-1/?p=2'])
    // The layer file and the base's marker and index are dot files: never served.
    for (const url of ['/.layer.json', '/.release.json', '/.pages.json', '/%2elayer.json']) {
      const res = await get(url)
      expect([
        url,
        res.status,
        res.body.includes('"base"') || res.body.includes('builtAt'),
      ]).toEqual([url, 404, false])
    }
    for (const url of [
      '/../20251122-080000-000/index.html',
      '/%2e%2e/state.json',
      '/tin-tuc/%2e%2e/%2e%2e/x',
    ]) {
      expect([url, [400, 404].includes((await get(url)).status)]).toEqual([url, true])
    }
  })

  test('a second layer keeps the full base, carries the first layer’s files and brings a page back', async () => {
    const first = releasePath(releases, (await readCurrent(releases))!)
    const made = await publishLayer('20251122-080200-000', {
      changes: {
        'index.html': page('Trang chủ v3'),
        // Article 2 published again: it leaves the removed list.
        'tin-tuc/bai-2/index.html': page('Bài 2 v2'),
      },
      removed: ['/tin-tuc/bai-1/index.html'],
    })
    expect(made.layer).toEqual({
      base: BASE,
      removed: ['/chuyen-muc/an-ninh/trang-2/', '/tin-tuc/bai-1/index.html'],
    })
    expect(own(made.id)).toEqual([
      '.layer.json',
      '.release.json',
      'index.html',
      'tin-tuc/bai-2/index.html',
      'tin-tuc/bai-3/index.html',
    ])
    // Carried files are hard links to the previous layer's, not copies.
    const carried = 'tin-tuc/bai-3/index.html'
    expect(statSync(path.join(made.path, carried)).ino).toBe(
      statSync(path.join(first, carried)).ino,
    )
    // The previous layer is untouched.
    expect(readFileSync(path.join(first, 'index.html'), 'utf8')).toContain('Trang chủ v2')

    expect((await get('/')).body).toContain('Trang chủ v3')
    expect(await get('/tin-tuc/bai-2/')).toMatchObject({
      status: 200,
      body: page('Bài 2 v2'),
    })
    expect(await get('/tin-tuc/bai-3/')).toMatchObject({
      status: 200,
      body: page('Bài 3 mới'),
    })
    expect((await get('/tin-tuc/bai-1/')).status).toBe(404)
    expect((await get('/chuyen-muc/an-ninh/trang-2/')).status).toBe(404)
  })

  test('a removal hides the previous layer’s copy and the base’s, never a changed file', async () => {
    const made = await publishLayer('20251122-080300-000', {
      changes: {
        'tin-tuc/bai-4/index.html': page('Bài 4'),
        // A whole new search index replaces the base's: its folder is removed, then laid anew.
        'pagefind/fragment/bai-4.pf_fragment': 'fragment 4',
      },
      removed: ['/tin-tuc/bai-3/', '/tin-tuc/bai-4/index.html', '/pagefind/'],
    })
    expect(made.layer.removed).toEqual([
      '/chuyen-muc/an-ninh/trang-2/',
      '/pagefind/',
      '/tin-tuc/bai-1/index.html',
      '/tin-tuc/bai-3/',
    ])
    expect(own(made.id)).not.toContain('tin-tuc/bai-3/index.html')
    expect((await get('/tin-tuc/bai-3/')).status).toBe(404)
    expect((await get('/tin-tuc/bai-4/')).body).toBe(page('Bài 4'))
    expect((await get('/pagefind/fragment/bai-4.pf_fragment')).body).toBe('fragment 4')
    expect((await get('/pagefind/fragment/bai-2.pf_fragment')).status).toBe(404)
    expect((await get('/tin-tuc/bai-2/')).body).toBe(page('Bài 2 v2'))
  })

  test('rollback to a layered release serves it again, and a new full build replaces the layers', async () => {
    expect(await rollback(releases, '20251122-080100-000')).toEqual({
      from: '20251122-080300-000',
      to: '20251122-080100-000',
    })
    expect((await get('/')).body).toContain('Trang chủ v2')
    expect((await get('/tin-tuc/bai-3/')).status).toBe(200)
    expect((await get('/tin-tuc/bai-2/')).status).toBe(404)

    await makeRelease(releases, '20251122-080400-000', {
      'index.html': page('Trang chủ v4 (bản đầy đủ)'),
    })
    await switchCurrent(releases, '20251122-080400-000')
    expect((await get('/')).body).toContain('Trang chủ v4')
    expect((await get('/tin-tuc/bai-3/')).status).toBe(404)
  })
})

describe('layered releases in the store', () => {
  beforeEach(() => void (releases = mkdtempSync(path.join(tmpdir(), 'bantin-layered-'))))
  afterEach(() => rmSync(releases, { recursive: true, force: true }))

  test('pruning never removes a base a kept layered release reads from', async () => {
    const older = '20251122-070000-000'
    await makeRelease(releases, older, { 'index.html': 'older full build' })
    await makeRelease(releases, BASE, baseFiles)
    await switchCurrent(releases, BASE)
    const layers = ['01', '02', '03', '04', '05', '06'].map((m) => `20251122-08${m}00-000`)
    for (const id of layers) await publishLayer(id, { changes: { 'index.html': page(id) } })

    const removed = await pruneReleases(releases, 2)

    // Kept: the two newest layers and their base; the older full build and older layers go.
    expect(removed.sort()).toEqual([older, ...layers.slice(0, 4)].sort())
    expect(await listReleases(releases)).toEqual([BASE, ...layers.slice(4)])
    // The live layer still resolves every file through its base.
    expect(
      readFileSync(path.join(releasePath(releases, BASE), 'tin-tuc/bai-1/index.html'), 'utf8'),
    ).toBe(baseFiles['tin-tuc/bai-1/index.html'])
  })

  test('pruning keeps the base of an older live release after a rollback', async () => {
    await makeRelease(releases, BASE, baseFiles)
    await switchCurrent(releases, BASE)
    await publishLayer('20251122-080100-000', {
      changes: { 'index.html': 'layer' },
    })
    const full = ['20251122-080200-000', '20251122-080300-000', '20251122-080400-000']
    for (const id of full) await makeRelease(releases, id, { 'index.html': id })
    await switchCurrent(releases, full[2])
    await rollback(releases, '20251122-080100-000')

    const removed = await pruneReleases(releases, 2)

    expect(removed).toEqual(['20251122-080200-000'])
    expect(existsSync(releasePath(releases, BASE))).toBe(true)
  })

  test('a layered release whose base is gone, or layered, never goes live', async () => {
    await makeRelease(releases, BASE, baseFiles)
    await switchCurrent(releases, BASE)
    await publishLayer('20251122-080100-000', {
      changes: { 'index.html': 'layer 1' },
    })
    const orphan = '20251122-080200-000'
    mkdirSync(releasePath(releases, orphan))
    writeFileSync(
      path.join(releasePath(releases, orphan), LAYER_FILE),
      JSON.stringify({ base: '20251122-075900-000', removed: [] }),
    )
    await markComplete(releases, {
      id: orphan,
      pages: 1,
      builtAt: '',
      reason: 'test',
    })
    await expect(switchCurrent(releases, orphan)).rejects.toThrow(
      'base release 20251122-075900-000 is missing',
    )
    await expect(rollback(releases, orphan)).rejects.toThrow('is missing')

    writeFileSync(
      path.join(releasePath(releases, orphan), LAYER_FILE),
      JSON.stringify({ base: '20251122-080100-000', removed: [] }),
    )
    await expect(switchCurrent(releases, orphan)).rejects.toThrow('is itself layered')
    expect(await readCurrent(releases)).toBe('20251122-080100-000')
  })

  test('removed entries are read as the server reads paths; ones it never serves are left out', async () => {
    await makeRelease(releases, BASE, baseFiles)
    await switchCurrent(releases, BASE)
    const removed = ['/../x', '/.release.json', '/tin-tuc/.an/x', '/', '/tin-tuc//bai-1/', '//x']
    const made = await createLayeredRelease({
      dir: releases,
      live: BASE,
      id: '20251122-080100-000',
      removed,
    })
    expect(made.layer.removed).toEqual(['/tin-tuc/bai-1/', '/x'])
    expect(made.ignored).toEqual(['/../x', '/.release.json', '/tin-tuc/.an/x', '/'])
    // A path not from the site root is a caller's mistake: refused, nothing made.
    await expect(
      createLayeredRelease({
        dir: releases,
        live: BASE,
        id: '20251122-080200-000',
        removed: ['tin-tuc/bai-2/index.html'],
      }),
    ).rejects.toThrow('cannot remove "tin-tuc/bai-2/index.html": not a path from the site root')
    expect(existsSync(releasePath(releases, '20251122-080200-000'))).toBe(false)
  })
})

describe('a takedown on a layered release', () => {
  let site: StaticServer
  beforeAll(async () => {
    releases = mkdtempSync(path.join(tmpdir(), 'bantin-layered-'))
    await makeRelease(releases, BASE, baseFiles)
    await switchCurrent(releases, BASE)
    site = await startStaticServer({
      root: currentLink(releases),
      port: 0,
      log: () => {},
    })
  })
  afterAll(async () => {
    await site.close()
    rmSync(releases, { recursive: true, force: true })
  })
  const takedown = (id: string) => ({
    key: `k${id}`,
    collection: 'articles',
    id,
    reason: 'test',
    receivedAt: '',
  })
  const status = async (url: string) => (await rawGet(site.port, url)).status

  test('takes down a page of the layer and a page of the base, without touching either', async () => {
    // Article 3 published after the full build: it lives in the layer only.
    await publishLayer('20251122-080100-000', {
      changes: {
        'tin-tuc/bai-3/index.html': page('Bài 3'),
        '.pages.json': JSON.stringify({
          articles: {
            ...JSON.parse(baseFiles['.pages.json']).articles,
            3: { files: ['tin-tuc/bai-3/index.html'], search: [] },
          },
        }),
      },
    })
    const live = '20251122-080100-000'
    const made = await makeTakedownRelease(releases, [takedown('3'), takedown('2')], {
      log: () => {},
      now: Date.parse('2025-11-22T08:02:00Z'),
    })

    expect(made).toEqual({
      id: '20251122-080200-000',
      from: live,
      removed: [
        'tin-tuc/bai-3/index.html',
        'tin-tuc/bai-2/index.html',
        'pagefind/fragment/bai-2.pf_fragment',
      ],
    })
    expect(await readCurrent(releases)).toBe(made!.id)
    expect(await readLayer(releasePath(releases, made!.id))).toEqual({
      base: BASE,
      removed: [
        '/pagefind/fragment/bai-2.pf_fragment',
        '/tin-tuc/bai-2/index.html',
        '/tin-tuc/bai-3/index.html',
      ],
    })
    // Nothing of the base was copied or linked; the layer's copy of article 3 was left behind.
    expect(own(made!.id)).toEqual(['.layer.json', '.pages.json', '.release.json'])
    expect(
      Object.keys(
        JSON.parse(readFileSync(path.join(releasePath(releases, made!.id), '.pages.json'), 'utf8'))
          .articles,
      ),
    ).toEqual(['1'])
    expect(await readReleaseInfo(releases, made!.id)).toMatchObject({
      pages: 98,
    })

    for (const url of [
      '/tin-tuc/bai-3/',
      '/tin-tuc/bai-2/',
      '/pagefind/fragment/bai-2.pf_fragment',
    ]) {
      expect([url, await status(url)]).toEqual([url, 404])
    }
    expect([await status('/'), await status('/tin-tuc/bai-1/')]).toEqual([200, 200])
    // The releases it came from still have every file.
    expect(existsSync(path.join(releasePath(releases, live), 'tin-tuc/bai-3/index.html'))).toBe(
      true,
    )
    expect(existsSync(path.join(releasePath(releases, BASE), 'tin-tuc/bai-2/index.html'))).toBe(
      true,
    )
    // Taking down again what is already gone makes no release.
    expect(await makeTakedownRelease(releases, [takedown('2')], { log: () => {} })).toBe(null)
  })
})

describe('removeDocuments on a layered release not yet live', () => {
  beforeEach(async () => {
    releases = mkdtempSync(path.join(tmpdir(), 'bantin-layered-'))
    await makeRelease(releases, BASE, baseFiles)
    await switchCurrent(releases, BASE)
  })
  afterEach(() => rmSync(releases, { recursive: true, force: true }))

  test('drops its own copy, adds the base’s files to its removed list, and leaves the base alone', async () => {
    // A build that read article 1 before its takedown: the layer has a fresh copy of its page.
    const made = await createLayeredRelease({
      dir: releases,
      live: BASE,
      id: '20251122-080100-000',
      changes: changes({ 'tin-tuc/bai-1/index.html': page('Bài 1 v2'), 'index.html': page('v2') }),
    })
    const takedowns = [1, 2].map((id) => ({
      key: `k${id}`,
      collection: 'articles',
      id: String(id),
      reason: 'test',
      receivedAt: '',
    }))
    expect(await removeDocuments(made.path, takedowns)).toEqual({
      removed: [
        'tin-tuc/bai-1/index.html',
        'tin-tuc/bai-2/index.html',
        'pagefind/fragment/bai-2.pf_fragment',
      ],
      pages: 2,
    })
    expect(own(made.id)).toEqual(['.layer.json', '.pages.json', 'index.html'])
    expect((await readLayer(made.path))!.removed).toEqual([
      '/pagefind/fragment/bai-2.pf_fragment',
      '/tin-tuc/bai-1/index.html',
      '/tin-tuc/bai-2/index.html',
    ])
    const index = JSON.parse(readFileSync(path.join(made.path, '.pages.json'), 'utf8'))
    expect(index).toEqual({ articles: {} })
    expect(readFileSync(path.join(releasePath(releases, BASE), '.pages.json'), 'utf8')).toBe(
      baseFiles['.pages.json'],
    )
    expect(existsSync(path.join(releasePath(releases, BASE), 'tin-tuc/bai-1/index.html'))).toBe(
      true,
    )
  })
})

describe('validating a layered release', () => {
  beforeEach(async () => {
    releases = mkdtempSync(path.join(tmpdir(), 'bantin-layered-'))
    await makeRelease(releases, BASE, {
      ...baseFiles,
      // Broken, but the base was checked when it was built: a layer does not read it again.
      'cu/index.html': page('Trang cũ', ['/khong-co-tu-truoc/']),
    })
    await switchCurrent(releases, BASE)
  })
  afterEach(() => rmSync(releases, { recursive: true, force: true }))
  const options = { minPages: 1, previousPages: 7, canary: 'BAN-NHAP-CANARY' }

  const layer = (files: Record<string, string>, removed: string[] = []) =>
    createLayeredRelease({
      dir: releases,
      live: BASE,
      id: '20251122-080100-000',
      changes: changes(files),
      removed,
    })

  test('passes a layer whose links reach its own files and the base’s, counting the served pages', async () => {
    const made = await layer(
      {
        'index.html': page('Trang chủ', [
          '/tin-tuc/bai-1/',
          '/tin-tuc/bai-3/',
          '/_astro/site.1a2b.css',
        ]),
        'tin-tuc/bai-3/index.html': page('Bài 3', ['/']),
      },
      ['/tin-tuc/bai-2/index.html'],
    )
    // 7 base pages − bài 2 + bài 3.
    expect(await validateRelease(made.path, options)).toEqual({
      ok: true,
      pages: 7,
      problems: [],
    })
  })

  test('refuses a broken link in the layer and a link to a page the layer removed', async () => {
    const made = await layer(
      {
        'index.html': page('Trang chủ', ['/tin-tuc/bai-2/', '/tin-tuc/khong-co/']),
      },
      ['/tin-tuc/bai-2/index.html'],
    )
    const result = await validateRelease(made.path, options)
    expect(result.ok).toBe(false)
    expect(result.problems).toEqual([
      '2 broken internal link(s): /tin-tuc/bai-2/ (in index.html), /tin-tuc/khong-co/ (in index.html)',
    ])
  })

  test('refuses a draft canary in the layer, a missing home page and a collapse in pages', async () => {
    const made = await layer({ 'tin-tuc/bai-9/index.html': page('BAN-NHAP-CANARY') }, [
      '/index.html',
      '/tin-tuc/bai-1/',
      '/tin-tuc/bai-2/',
      '/chuyen-muc/',
    ])
    const result = await validateRelease(made.path, options)
    expect(result.problems).toEqual([
      'index.html is missing',
      'page count dropped from 7 to 3 (more than half)',
      'draft canary found in 1 file(s): tin-tuc/bai-9/index.html',
    ])
  })

  test('refuses a layer whose base is gone, saying so', async () => {
    const made = await layer({ 'index.html': page('Trang chủ') })
    rmSync(releasePath(releases, BASE), { recursive: true })
    const result = await validateRelease(made.path, options)
    expect(result).toEqual({
      ok: false,
      pages: 0,
      problems: [expect.stringContaining(`base release ${BASE} is missing`)],
    })
  })
})
