import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'

import { filesGoneSince } from '../../publisher/src/releases/changes'

const dir = mkdtempSync(path.join(tmpdir(), 'bantin-gone-notices-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function writeRelease(name: string, files: Record<string, unknown>) {
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name, file)), { recursive: true })
    writeFileSync(
      path.join(dir, name, file),
      typeof content === 'string' ? content : JSON.stringify(content),
    )
  }
  return path.join(dir, name)
}

const entry = (files: string[]) => ({ files, search: [] })

describe('filesGoneSince', () => {
  test('a wanted notice no longer built loses its photo files, even with the id of a live article', () => {
    const live = writeRelease('live', {
      '.render-keys.json': {
        code: 'c',
        rendered: 'all',
        pages: { '/': null, '/truy-na/a/': null, '/tin-tuc/x/': 'k' },
      },
      '.pages.json': {
        articles: { 7: entry(['tin-tuc/x/index.html', 'media/x.webp']) },
        'wanted-notices': {
          7: entry(['truy-na/a/index.html', 'media/a.webp', 'media/a-social.jpg']),
        },
      },
      'index.html': 'home',
    })
    const built = writeRelease('built', {
      '.render-keys.json': {
        code: 'c',
        rendered: 'changed',
        pages: { '/': null, '/tin-tuc/x/': 'k' },
      },
      '.pages.json': { articles: { 7: entry(['tin-tuc/x/index.html', 'media/x.webp']) } },
      'index.html': 'home',
    })
    return expect(filesGoneSince(live, built)).resolves.toEqual([
      '/media/a-social.jpg',
      '/media/a.webp',
      '/truy-na/a/index.html',
    ])
  })
})
