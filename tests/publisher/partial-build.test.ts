import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { filesGoneSince, isPartialBuild } from '../../publisher/src/releases/changes'
import { readLayer } from '../../publisher/src/releases/layer'
import { currentLink, readCurrent, switchCurrent } from '../../publisher/src/releases/store'
import { type StaticServer, startStaticServer } from '../../publisher/src/server/static-server'
import { buildRelease } from '../../publisher/src/worker/build-release'
import { makeRelease } from './helpers/make-release'

const dir = mkdtempSync(path.join(tmpdir(), 'bantin-partial-'))
const FULL = '20261201-080000-000'
const page = (title: string, links: string[] = []) =>
  `<!doctype html><title>${title}</title><h1>${title}</h1>${links.map((href) => `<a href="${href}">x</a>`).join('')}`
const keys = (rendered: 'all' | 'changed', pages: Record<string, string | null>) =>
  JSON.stringify({ code: 'c1', rendered, pages })
const index = (articles: Record<string, string[]>) =>
  JSON.stringify({
    articles: Object.fromEntries(
      Object.entries(articles).map(([id, files]) => [id, { files, search: [] }]),
    ),
  })

/** Writes a build's files into the staging folder, as the site build in the publisher does. */
const writeBuild = (files: Record<string, string>) => async (outDir: string) => {
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(outDir, file)), { recursive: true })
    writeFileSync(path.join(outDir, file), content)
  }
}

const publish = (files: Record<string, string>) =>
  buildRelease(
    {
      releasesDir: dir,
      buildCommand: 'unused',
      build: writeBuild(files),
      cwd: dir,
      buildTimeoutMs: 10_000,
      minPages: 1,
      keep: 5,
      log: () => {},
    },
    'test',
  )

let site: StaticServer
const get = async (url: string) => {
  const res = await fetch(`${site.url}${url}`)
  return { status: res.status, text: await res.text() }
}

beforeAll(async () => {
  // The live release: a full build of three articles and the home page.
  await makeRelease(dir, FULL, {
    'index.html': page('Trang chủ', ['/tin-tuc/a/', '/tin-tuc/b/', '/tin-tuc/c/']),
    'tin-tuc/a/index.html': page('Bài A'),
    'tin-tuc/b/index.html': page('Bài B'),
    'tin-tuc/c/index.html': page('Bài C'),
    'media/c.jpg': 'jpeg of C',
    '.render-keys.json': keys('all', {
      '/': null,
      '/tin-tuc/a/': 'ka',
      '/tin-tuc/b/': 'kb',
      '/tin-tuc/c/': 'kc',
    }),
    '.pages.json': index({
      '1': ['tin-tuc/a/index.html'],
      '2': ['tin-tuc/b/index.html'],
      '3': ['tin-tuc/c/index.html', 'media/c.jpg'],
    }),
  })
  await switchCurrent(dir, FULL)
  site = await startStaticServer({ root: currentLink(dir), port: 0, log: () => {} })
})
afterAll(async () => {
  await site.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('a build that rendered only what changed', () => {
  // B edited, C unpublished, D new: the build wrote home, B and D, and stands for A unchanged.
  const build = {
    'index.html': page('Trang chủ mới', ['/tin-tuc/a/', '/tin-tuc/b/', '/tin-tuc/d/']),
    'tin-tuc/b/index.html': page('Bài B đã sửa'),
    'tin-tuc/d/index.html': page('Bài D'),
    '.render-keys.json': keys('changed', {
      '/': null,
      '/tin-tuc/a/': 'ka',
      '/tin-tuc/b/': 'kb2',
      '/tin-tuc/d/': 'kd',
    }),
    '.pages.json': index({
      '1': ['tin-tuc/a/index.html'],
      '2': ['tin-tuc/b/index.html'],
      '4': ['tin-tuc/d/index.html'],
    }),
  }

  test('is told apart from a full build, and names what the live release serves that it no longer has', async () => {
    const staging = mkdtempSync(path.join(dir, '.probe-'))
    await writeBuild(build)(staging)
    expect(await isPartialBuild(staging)).toBe(true)
    expect(await isPartialBuild(path.join(dir, FULL))).toBe(false)
    expect(await filesGoneSince(path.join(dir, FULL), staging)).toEqual([
      '/media/c.jpg',
      '/tin-tuc/c/index.html',
    ])
    rmSync(staging, { recursive: true })
  })

  test('goes live as a layer over the live release: new pages, unchanged pages from the base, gone pages 404', async () => {
    const record = await publish(build)
    expect(record).toMatchObject({ result: 'ok', pages: 4 })
    const live = (await readCurrent(dir))!
    expect(await readLayer(path.join(dir, live))).toEqual({
      base: FULL,
      removed: ['/media/c.jpg', '/tin-tuc/c/index.html'],
    })
    expect((await get('/')).text).toContain('Trang chủ mới')
    expect((await get('/tin-tuc/a/')).text).toContain('Bài A')
    expect((await get('/tin-tuc/b/')).text).toContain('Bài B đã sửa')
    expect((await get('/tin-tuc/d/')).text).toContain('Bài D')
    expect((await get('/tin-tuc/c/')).status).toBe(404)
    expect((await get('/media/c.jpg')).status).toBe(404)
    // The base is untouched: rollback to it still has every page.
    expect(readFileSync(path.join(dir, FULL, 'tin-tuc/c/index.html'), 'utf8')).toContain('Bài C')
  })

  test('is refused when its pages link to a page that neither it nor the live release serves', async () => {
    const before = await readCurrent(dir)
    const record = await publish({
      ...build,
      'index.html': page('Trang chủ hỏng', ['/tin-tuc/c/']),
      '.render-keys.json': keys('changed', {
        '/': null,
        '/tin-tuc/a/': 'ka',
        '/tin-tuc/b/': 'kb2',
        '/tin-tuc/d/': 'kd',
      }),
    })
    expect(record.result).toBe('failed')
    expect(record.error).toContain('/tin-tuc/c/')
    expect(await readCurrent(dir)).toBe(before)
    expect((await get('/')).text).toContain('Trang chủ mới')
  })
})
