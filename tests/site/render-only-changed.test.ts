import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'

import { pageFile } from '../../content-types/release-files'
import { readLiveRelease } from '../../site/src/integration/live-release'
import { pagesToRender } from '../../site/src/integration/render-only-changed'

const dir = mkdtempSync(path.join(tmpdir(), 'bantin-render-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function write(folder: string, files: Record<string, string>) {
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, folder, file)), { recursive: true })
    writeFileSync(path.join(dir, folder, file), content)
  }
}

const keys = (code: string, pages: Record<string, string | null>) =>
  JSON.stringify({ code, rendered: 'all', pages })
const paths = [
  { pathname: '/', cacheKey: undefined },
  { pathname: '/tin-tuc/a/', cacheKey: 'ka' },
  { pathname: '/tin-tuc/b/', cacheKey: 'kb-new' },
  { pathname: '/tin-tuc/c/', cacheKey: 'kc' },
  { pathname: '/tin-tuc/d/', cacheKey: 'kd' },
]
const chosen = (live: Awaited<ReturnType<typeof readLiveRelease>>, code = 'code-1') =>
  pagesToRender(paths, live, code).map((p) => p.pathname)

describe('which pages a publish renders', () => {
  write('base', {
    '.render-keys.json': keys('code-1', {
      '/': null,
      '/tin-tuc/a/': 'ka',
      '/tin-tuc/b/': 'kb',
      '/tin-tuc/c/': 'kc',
    }),
    'index.html': 'home',
    'tin-tuc/a/index.html': 'A',
    'tin-tuc/b/index.html': 'B',
    'tin-tuc/c/index.html': 'C',
  })

  test('pages without a key, a changed key or a new path; unchanged pages are left to the live release', async () => {
    expect(chosen(await readLiveRelease(path.join(dir, 'base')))).toEqual([
      '/',
      '/tin-tuc/b/',
      '/tin-tuc/d/',
    ])
  })

  test('every page when the site code changed or there is no live release', async () => {
    expect(chosen(await readLiveRelease(path.join(dir, 'base')), 'code-2')).toHaveLength(
      paths.length,
    )
    expect(await readLiveRelease(path.join(dir, 'nothing-here'))).toBeNull()
    expect(chosen(null)).toHaveLength(paths.length)
  })

  test('a page with an unchanged key that a layered release removed (taken down) is rendered again', async () => {
    write('layer', {
      '.render-keys.json': keys('code-1', {
        '/': null,
        '/tin-tuc/a/': 'ka',
        '/tin-tuc/b/': 'kb',
        '/tin-tuc/c/': 'kc',
      }),
      '.layer.json': JSON.stringify({
        base: 'base',
        removed: ['/tin-tuc/a/index.html', '/tin-tuc/c/'],
      }),
    })
    const live = await readLiveRelease(path.join(dir, 'layer'))
    expect(live!.serves('index.html')).toBe(true)
    expect(live!.serves('tin-tuc/a/index.html')).toBe(false)
    expect(chosen(live)).toEqual(['/', '/tin-tuc/a/', '/tin-tuc/b/', '/tin-tuc/c/', '/tin-tuc/d/'])
  })

  test("a takedown's layer, which holds no keys of its own, is compared through its base's keys", async () => {
    write('takedown', {
      '.layer.json': JSON.stringify({ base: 'base', removed: ['/tin-tuc/c/index.html'] }),
    })
    const live = await readLiveRelease(path.join(dir, 'takedown'))
    expect(live).not.toBeNull()
    expect(chosen(live)).toEqual(['/', '/tin-tuc/b/', '/tin-tuc/c/', '/tin-tuc/d/'])
  })

  test('page paths map to the files the build writes', () => {
    expect(pageFile('/')).toBe('index.html')
    expect(pageFile('/tin-tuc/a/')).toBe('tin-tuc/a/index.html')
    expect(pageFile('/rss.xml')).toBe('rss.xml')
    expect(pageFile('/chuyen-muc/an-ninh/rss.xml')).toBe('chuyen-muc/an-ninh/rss.xml')
  })
})
