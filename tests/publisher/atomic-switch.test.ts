import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { currentLink, switchCurrent } from '../../publisher/src/releases/store'
import { type StaticServer, startStaticServer } from '../../publisher/src/server/static-server'
import { makeRelease } from './helpers/make-release'

const dir = mkdtempSync(path.join(tmpdir(), 'bantin-switch-'))
const ids = [
  '20251122-080000-000',
  '20251122-080100-000',
  '20251122-080200-000',
  '20251122-080300-000',
]
// A layered release on the first one: its own copy of one page, the rest read from its base.
const layered = '20251122-080400-000'
const paths = ['/', '/tin-tuc/bai-1/', '/_astro/site.css']
const files: Record<string, string> = {
  '/': 'index.html',
  '/tin-tuc/bai-1/': 'tin-tuc/bai-1/index.html',
  '/_astro/site.css': '_astro/site.css',
}
// Bodies of ~100 KB, so each answer spans many chunks: a mix of two releases would show.
const body = (id: string, url: string) => `<!-- ${id} ${url} -->\n${`release ${id} `.repeat(4000)}`
let site: StaticServer

beforeAll(async () => {
  for (const id of ids) {
    await makeRelease(dir, id, Object.fromEntries(paths.map((url) => [files[url], body(id, url)])))
  }
  await makeRelease(dir, layered, {
    '.layer.json': JSON.stringify({ base: ids[0], removed: [] }),
    'tin-tuc/bai-1/index.html': body(layered, '/tin-tuc/bai-1/'),
  })
  ids.push(layered)
  await switchCurrent(dir, ids[0])
  site = await startStaticServer({ root: currentLink(dir), port: 0, log: () => {} })
})
afterAll(async () => {
  await site.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('static server during release switches', () => {
  test('every answer is 200 and comes entirely from one release', async () => {
    const answers: { url: string; status: number; text: string }[] = []
    let clientsDone = false
    const client = async (n: number) => {
      for (let i = 0; i < 80; i++) {
        const url = paths[(n + i) % paths.length]
        const res = await fetch(`${site.url}${url}`)
        answers.push({ url, status: res.status, text: await res.text() })
      }
    }
    const switcher = async () => {
      // Bounded: at most 400 switches, stopping as soon as the clients are done.
      for (let i = 1; i <= 400 && !clientsDone; i++) {
        await switchCurrent(dir, ids[i % ids.length])
        await new Promise((resolve) => setTimeout(resolve, 2))
      }
    }
    const switching = switcher()
    await Promise.all([0, 1, 2, 3].map(client))
    clientsDone = true
    await switching

    expect(answers).toHaveLength(320)
    const seen = new Set<string>()
    for (const answer of answers) {
      const from = ids.find((id) => answer.text === body(id, answer.url))
      expect([answer.url, answer.status, from !== undefined]).toEqual([answer.url, 200, true])
      seen.add(from!)
    }
    // The loop really ran across switches, the layered release's own page included.
    expect(seen.size).toBeGreaterThan(1)
    expect(seen).toContain(layered)
  })
})
