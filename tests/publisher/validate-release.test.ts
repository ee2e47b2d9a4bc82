import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { afterEach, describe, expect, test, vi } from 'vitest'

import { rememberBase, validateRelease } from '../../publisher/src/releases/validate'

const CANARY = 'DRAFT-CANARY-5b1e'
let dir: string

function release(files: Record<string, string | Buffer>): string {
  dir = mkdtempSync(path.join(tmpdir(), 'bantin-validate-'))
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
    writeFileSync(path.join(dir, file), content)
  }
  return dir
}

afterEach(() => rmSync(dir, { recursive: true, force: true }))

const page = (body = '') => `<!doctype html><html><body>${body}</body></html>`
const first = { minPages: 1, previousPages: null }

describe('validateRelease', () => {
  test('accepts a site whose every root-relative link resolves to a file', async () => {
    const root = release({
      'index.html': page(
        '<link rel="stylesheet" href="/_astro/a.1f2e.css"><a href="/">Trang chủ</a>' +
          '<a href="/tin-tuc/bai-1/?utm=x#top">1</a><a href="/tin-tuc/bai-1">1</a>' +
          '<a href="/tin-t%E1%BB%A9c/">encoded</a><a href="/rss.xml">RSS</a>' +
          '<img src="/images/a.webp" srcset="/images/a.webp 480w, /images/b.avif 800w">' +
          '<a href="https://example.vn/x/">other site</a><script src="//cdn.example.vn/x.js"></script>' +
          '<a href="/tim-kiem/?q=a&amp;b=c">search</a>',
      ),
      'tin-tuc/bai-1/index.html': page(),
      'tin-tức/index.html': page(),
      'tim-kiem/index.html': page(),
      '_astro/a.1f2e.css': 'body{}',
      'rss.xml': '<rss/>',
      'images/a.webp': Buffer.from([1, 2, 3]),
      'images/b.avif': Buffer.from([1, 2, 3]),
    })
    expect(await validateRelease(root, first)).toEqual({ ok: true, pages: 4, problems: [] })
  })

  test('names every broken link and the page it is on', async () => {
    const root = release({
      'index.html': page(
        '<a href="/tin-tuc/khong-co/">x</a><img srcset="/images/missing.webp 480w">',
      ),
      'tin-tuc/index.html': page('<link href="/_astro/gone.css" rel="stylesheet">'),
    })
    const result = await validateRelease(root, first)
    expect(result.ok).toBe(false)
    expect(result.problems).toEqual([expect.stringContaining('3 broken internal link(s)')])
    for (const text of [
      '/tin-tuc/khong-co/ (in index.html)',
      '/images/missing.webp (in index.html)',
      '/_astro/gone.css (in tin-tuc/index.html)',
    ]) {
      expect(result.problems[0]).toContain(text)
    }
  })

  test('refuses a release without index.html or with too few pages', async () => {
    const root = release({ 'tin-tuc/index.html': page() })
    const result = await validateRelease(root, { minPages: 2, previousPages: null })
    expect(result.problems).toEqual([
      'index.html is missing',
      'only 1 HTML pages (at least 2 expected)',
    ])
  })

  test('refuses a page count that fell by more than half, but not by exactly half', async () => {
    const root = release({ 'index.html': page(), 'a/index.html': page(), 'b/index.html': page() })
    expect((await validateRelease(root, { minPages: 1, previousPages: 7 })).problems).toEqual([
      'page count dropped from 7 to 3 (more than half)',
    ])
    expect((await validateRelease(root, { minPages: 1, previousPages: 6 })).ok).toBe(true)
  })

  test('finds the draft canary in pages, data files and gzip-packed search fragments', async () => {
    const root = release({
      'index.html': page(),
      'tin-tuc/index.html': page(`<p>${CANARY}</p>`),
      'data/articles.json': JSON.stringify({ title: CANARY }),
      'pagefind/fragment/vi_1a2b.pf_fragment': gzipSync(`pagefind_dcd{"content":"${CANARY}"}`),
      'images/photo.jpg': Buffer.from(CANARY),
    })
    const result = await validateRelease(root, { ...first, canary: CANARY })
    expect(result.problems).toEqual([expect.stringMatching(/^draft canary found in 3 file\(s\): /)])
    for (const file of [
      'tin-tuc/index.html',
      'data/articles.json',
      'pagefind/fragment/vi_1a2b.pf_fragment',
    ]) {
      expect(result.problems[0]).toContain(file)
    }
    expect((await validateRelease(root, first)).ok).toBe(true)
  })
})

describe('rememberBase', () => {
  test('a release that cannot be listed ahead of time is logged with the reason, not dropped silently', async () => {
    const lines: string[] = []
    const missing = path.join(tmpdir(), 'bantin-no-such-release')
    rememberBase(missing, (line) => lines.push(line))
    await vi.waitFor(() => expect(lines).toHaveLength(1))
    expect(lines[0]).toMatch(
      /^could not list release .*bantin-no-such-release ahead of time \(ENOENT: .*\); the next validation lists it again$/,
    )
  })
})
