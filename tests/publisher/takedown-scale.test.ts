/**
 * A takedown costs what the live release's own layer holds, not what the site holds: at 12,500
 * pages (25,000 files) it must still reach the public in well under the 5 s the editors are
 * promised, and it must not link or copy the base.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import {
  currentLink,
  markComplete,
  releasePath,
  switchCurrent,
} from '../../publisher/src/releases/store'
import { makeTakedownRelease } from '../../publisher/src/releases/takedown'
import { validateRelease } from '../../publisher/src/releases/validate'
import { type StaticServer, startStaticServer } from '../../publisher/src/server/static-server'
import { rawGet } from './helpers/raw-get'

const PAGES = 12_500
const BASE = '20251122-080000-000'
const dir = mkdtempSync(path.join(tmpdir(), 'bantin-takedown-scale-'))
let site: StaticServer

beforeAll(async () => {
  const base = releasePath(dir, BASE)
  const articles: Record<string, { files: string[]; search: string[] }> = {}
  mkdirSync(path.join(base, 'pagefind/fragment'), { recursive: true })
  writeFileSync(path.join(base, 'index.html'), '<!doctype html><title>Trang chủ</title>')
  for (let n = 1; n <= PAGES; n++) {
    const page = `tin-tuc/bai-${n}/index.html`
    const fragment = `pagefind/fragment/bai-${n}.pf_fragment`
    mkdirSync(path.join(base, `tin-tuc/bai-${n}`), { recursive: true })
    writeFileSync(path.join(base, page), `<!doctype html><title>Bài ${n}</title>`)
    writeFileSync(path.join(base, fragment), `fragment ${n}`)
    articles[n] = { files: [page], search: [fragment] }
  }
  writeFileSync(path.join(base, '.pages.json'), JSON.stringify({ articles }))
  await markComplete(dir, { id: BASE, pages: PAGES + 1, builtAt: '', reason: 'test' })
  await switchCurrent(dir, BASE)
  site = await startStaticServer({ root: currentLink(dir), port: 0, log: () => {} })
}, 120_000)
afterAll(async () => {
  await site.close()
  rmSync(dir, { recursive: true, force: true })
})

const takedown = (id: string) => ({
  key: id,
  collection: 'articles',
  id,
  reason: 't',
  receivedAt: '',
})

describe(`takedown at ${PAGES} pages`, () => {
  test('from a full release and then from the layered one, each in well under 5 s', async () => {
    for (const id of ['6000', '12000']) {
      const started = performance.now()
      const made = await makeTakedownRelease(dir, [takedown(id)], { log: () => {} })
      const ms = performance.now() - started
      console.log(
        `takedown of article ${id} from ${made!.from} (${PAGES} pages): ${ms.toFixed(0)} ms`,
      )
      expect(ms).toBeLessThan(5000)
      expect(readdirSync(releasePath(dir, made!.id)).sort()).toEqual([
        '.layer.json',
        '.pages.json',
        '.release.json',
      ])
      expect((await rawGet(site.port, `/tin-tuc/bai-${id}/`)).status).toBe(404)
    }
    // Checking a layered release reads its own files only; the base's list is read once.
    for (const pass of ['first', 'second']) {
      const started = performance.now()
      const result = await validateRelease(currentLink(dir), { minPages: 1, previousPages: PAGES })
      const ms = performance.now() - started
      console.log(`validation of the layered release (${pass}): ${ms.toFixed(0)} ms`)
      expect(result).toEqual({ ok: true, pages: PAGES - 1, problems: [] })
      expect(ms).toBeLessThan(5000)
    }
    expect((await rawGet(site.port, '/tin-tuc/bai-6000/')).status).toBe(404)
    expect((await rawGet(site.port, '/tin-tuc/bai-6001/')).status).toBe(200)
  }, 60_000)
})
