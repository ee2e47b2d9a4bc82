import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'

const root = path.resolve(import.meta.dirname, '../..')
const folders: string[] = []

/** A built site (like site/dist) with these files. */
function builtSite(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'bantin-validate-'))
  folders.push(dir)
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
    writeFileSync(path.join(dir, file), content)
  }
  return dir
}

/** `npm run site:validate -- <dir>` as the GitHub Actions job runs it. */
function siteValidate(args: string[], env: Record<string, string> = {}) {
  const { SITE_CANARY: _canary, SITE_MIN_PAGES: _min, ...inherited } = process.env
  const result = spawnSync(
    path.join(root, 'node_modules/.bin/tsx'),
    ['publisher/src/cli/validate.ts', ...args],
    { cwd: root, env: { ...inherited, ...env }, encoding: 'utf8', timeout: 30_000 },
  )
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

afterAll(() => folders.forEach((dir) => rmSync(dir, { recursive: true, force: true })))

describe('site:validate', () => {
  test('passes a site whose links all resolve, saying how many pages it has', () => {
    const dir = builtSite({
      'index.html': '<a href="/tin-tuc/bai-1/">Bài 1</a><img src="/_astro/logo.svg">',
      'tin-tuc/bai-1/index.html': '<a href="/">Trang chủ</a>',
      '_astro/logo.svg': '<svg/>',
    })
    const result = siteValidate([dir])
    expect(result.code).toBe(0)
    expect(result.stdout).toContain(`${dir} can go live: 2 pages`)
  })

  test('refuses a broken internal link with exit code 1, naming the link and its page', () => {
    const dir = builtSite({
      'index.html': '<a href="/tin-tuc/khong-co/">Mất</a>',
    })
    const result = siteValidate([dir])
    expect(result.code).toBe(1)
    expect(result.stderr).toContain(`${dir} is refused`)
    expect(result.stderr).toContain('1 broken internal link(s): /tin-tuc/khong-co/ (in index.html)')
  })

  test('refuses a page that contains SITE_CANARY, and fewer pages than SITE_MIN_PAGES', () => {
    const dir = builtSite({ 'index.html': '<p>BẢN NHÁP-7f3a</p>' })
    const result = siteValidate([dir], { SITE_CANARY: 'BẢN NHÁP-7f3a', SITE_MIN_PAGES: '5' })
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('draft canary found in 1 file(s): index.html')
    expect(result.stderr).toContain('only 1 HTML pages (at least 5 expected)')
  })

  test('checks a layered release as the site it serves: its own pages against it and its base', () => {
    const releases = builtSite({
      '20251122-080000-000/.release.json': '{}',
      '20251122-080000-000/index.html': '<a href="/tin-tuc/bai-1/">1</a>',
      '20251122-080000-000/tin-tuc/bai-1/index.html': '<a href="/">Trang chủ</a>',
      '20251122-080000-000/tin-tuc/bai-2/index.html': '<a href="/">Trang chủ</a>',
      '20251122-080100-000/.layer.json': JSON.stringify({
        base: '20251122-080000-000',
        removed: ['/tin-tuc/bai-2/index.html'],
      }),
      '20251122-080100-000/index.html':
        '<a href="/tin-tuc/bai-1/">1</a><a href="/tin-tuc/bai-3/">3</a>',
      '20251122-080100-000/tin-tuc/bai-3/index.html': '<a href="/">Trang chủ</a>',
      '20251122-080200-000/.layer.json': JSON.stringify({
        base: '20251122-080000-000',
        removed: ['/tin-tuc/bai-2/index.html'],
      }),
      '20251122-080200-000/index.html': '<a href="/tin-tuc/bai-2/">2</a>',
    })
    const good = siteValidate([path.join(releases, '20251122-080100-000')])
    expect([good.code, good.stdout]).toEqual([0, expect.stringContaining('can go live: 3 pages')])
    const bad = siteValidate([path.join(releases, '20251122-080200-000')])
    expect(bad.code).toBe(1)
    expect(bad.stderr).toContain('1 broken internal link(s): /tin-tuc/bai-2/ (in index.html)')
  })

  test('a missing folder, a wrong setting or no folder at all fail with a message', () => {
    const missing = siteValidate([path.join(tmpdir(), 'bantin-no-such-dist')])
    expect(missing.code).toBe(1)
    expect(missing.stderr).toContain('no such folder')
    const wrong = siteValidate([builtSite({ 'index.html': '' })], { SITE_MIN_PAGES: 'nhiều' })
    expect(wrong.code).toBe(1)
    expect(wrong.stderr).toContain('SITE_MIN_PAGES must be a whole number')
    const none = siteValidate([])
    expect(none.code).toBe(1)
    expect(none.stderr).toContain('usage: npm run site:validate -- <built site folder>')
  })
})
