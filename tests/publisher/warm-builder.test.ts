import { getEventListeners } from 'node:events'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, test, vi } from 'vitest'

import { createWarmBuilder, type WarmBuilder } from '../../publisher/src/builder/warm-builder'

const root = path.resolve(import.meta.dirname, '../..')
const script = 'tests/publisher/fixtures/fake-warm-builder.mjs'
const outDir = () => mkdtempSync(path.join(tmpdir(), 'bantin-warm-'))
const page = (dir: string) => readFileSync(path.join(dir, 'index.html'), 'utf8')
const pidOf = (html: string) => html.match(/pid (\d+)/)![1]
let builder: WarmBuilder | undefined

afterEach(() => builder?.close())

const make = (env: Record<string, string> = {}, maxBuilds = 25, heapMb?: number) =>
  (builder = createWarmBuilder({ cwd: root, env, log: () => {}, maxBuilds, script, heapMb }))

describe('createWarmBuilder', () => {
  test('a builder that outgrows its heap limit fails the build, naming the setting to raise', async () => {
    const b = make({ FAKE_BUILD_MODE: 'grow' }, 25, 64)
    await expect(b.build(outDir(), { timeoutMs: 60_000 })).rejects.toThrow(
      /the site builder stopped \((SIGABRT|exit \d+)\) during the build: it ran out of memory \(64 MB\); raise SITE_BUILD_HEAP_MB/,
    )
  }, 90_000)

  test('one process serves build after build', async () => {
    const dir = outDir()
    const b = make()
    await b.build(dir, { timeoutMs: 20_000 })
    const first = page(dir)
    await b.build(dir, { timeoutMs: 20_000 })
    expect(page(dir)).toBe(`<p>pid ${pidOf(first)} build 2</p>`)
  })

  test('the process is replaced after maxBuilds builds', async () => {
    const dir = outDir()
    const b = make({}, 2)
    await b.build(dir, { timeoutMs: 20_000 })
    await b.build(dir, { timeoutMs: 20_000 })
    const second = page(dir)
    await b.build(dir, { timeoutMs: 20_000 })
    expect(page(dir)).toMatch(/build 1<\/p>$/)
    expect(pidOf(page(dir))).not.toBe(pidOf(second))
  })

  test('a failed build rejects with its message and the next build gets a fresh process', async () => {
    const dir = outDir()
    const b = make({ FAKE_BUILD_MODE: 'fail' })
    await b.build(dir, { timeoutMs: 20_000 })
    await expect(b.build(dir, { timeoutMs: 20_000 })).rejects.toThrow(
      'the site build failed: trang hỏng',
    )
    await b.build(dir, { timeoutMs: 20_000 })
    expect(page(dir)).toMatch(/build 1<\/p>$/)
  })

  test('a builder that dies mid-build is reported and replaced', async () => {
    const dir = outDir()
    const b = make({ FAKE_BUILD_MODE: 'crash' })
    await b.build(dir, { timeoutMs: 20_000 })
    await expect(b.build(dir, { timeoutMs: 20_000 })).rejects.toThrow(
      'the site builder stopped (exit 3) during the build',
    )
    await b.build(dir, { timeoutMs: 20_000 })
    expect(page(dir)).toMatch(/build 1<\/p>$/)
  })

  test("builds leave no listener on the worker's signal, whether they succeed or fail", async () => {
    const dir = outDir()
    const signal = new AbortController().signal
    const failing = make({ FAKE_BUILD_MODE: 'fail' })
    await failing.build(dir, { timeoutMs: 20_000, signal })
    await expect(failing.build(dir, { timeoutMs: 20_000, signal })).rejects.toThrow('trang hỏng')
    failing.close()
    // More than the 10 listeners after which Node warns of a leak.
    const b = make()
    for (let i = 0; i < 11; i++) await b.build(dir, { timeoutMs: 20_000, signal })
    expect(page(dir)).toMatch(/build 11<\/p>$/)
    expect(getEventListeners(signal, 'abort')).toHaveLength(0)
  })

  test('a line the builder prints in two pieces is logged once, whole', async () => {
    const lines: string[] = []
    builder = createWarmBuilder({
      cwd: root,
      env: { FAKE_BUILD_MODE: 'split' },
      log: (line) => lines.push(line),
      script,
    })
    await builder.build(outDir(), { timeoutMs: 20_000 })
    await vi.waitFor(() => expect(lines).toEqual(['Trang đã dựng xong']))
  })
})
