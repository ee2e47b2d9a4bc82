import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { slugify } from '@bantin/content-types/slugify'

import { legacyPages } from '../../scripts/bench/legacy-pages'
import { collectInputs } from '../../scripts/import/collect-inputs'
import { runImport } from '../../scripts/import/run-import'
import { startTestCms, type TestCms } from '../helpers/payload'
import { startScript } from './run-cli'

// 24 generated pages of all three portal shapes, 27 photo captions, no headline used twice.
const PAGES = [...legacyPages(24, 2)]

let cms: TestCms
let dir: string
let expected: { files: number; captions: number; titles: (string | null)[] }
beforeAll(async () => {
  cms = await startTestCms()
  dir = mkdtempSync(path.join(tmpdir(), 'bantin-resume-'))
  for (const page of PAGES) {
    mkdirSync(path.dirname(path.join(dir, page.path)), { recursive: true })
    writeFileSync(path.join(dir, page.path), page.text)
  }
  // What a clean run stores, read the way the importer reads it (a dry run opens no database).
  const { outcomes } = await runImport(null, await collectInputs([dir]))
  expected = {
    files: outcomes.length,
    captions: outcomes.reduce((n, o) => n + o.summary.captions.length, 0),
    titles: outcomes.map((o) => o.summary.title),
  }
})
afterAll(async () => {
  await cms?.close()
  if (dir) rmSync(dir, { recursive: true, force: true })
})

// Each run boots Payload in a child process; a loaded CI machine may need a while.
const RUN_TIMEOUT = 240_000
const created = (stderr: string) => stderr.match(/: tạo mới /g)?.length ?? 0

/** Runs the import on `dir` and stops it once `after` articles were created, with `signal`. */
async function interruptedRun(after: number, signal: NodeJS.Signals) {
  let sent = false
  const run = startScript('import.ts', [dir], {
    onStderr: (all) => {
      if (!sent && created(all) >= after) {
        sent = true
        run.child.kill(signal)
      }
    },
  })
  return run.done
}

async function storedState() {
  const articles = await cms.payload.find({
    collection: 'articles',
    draft: true,
    trash: true,
    pagination: false,
    depth: 0,
  })
  const media = await cms.payload.find({ collection: 'media', pagination: false, depth: 0 })
  const shown = articles.docs.flatMap((a) =>
    ((a.body as any)?.root.children ?? [])
      .filter((n: any) => n.type === 'upload')
      .map((n: any) => n.value),
  )
  return { articles: articles.docs, media: media.docs, shown }
}

/** One article per file, one placeholder per caption, each shown once, slugs not numbered. */
async function expectCompleteImport() {
  const { articles, media, shown } = await storedState()
  expect(articles).toHaveLength(expected.files)
  expect(new Set(articles.map((a) => a.legacyKey)).size).toBe(expected.files)
  expect(media).toHaveLength(expected.captions)
  expect(media.every((m) => m.placeholder)).toBe(true)
  expect([...shown].sort()).toEqual(media.map((m) => m.id).sort())
  // No headline repeats in this set, so a numbered slug ("-2") would be a second copy.
  for (const article of articles) {
    expect(article.slug).toBe(slugify(article.title))
  }
  expect(new Set(articles.map((a) => a.slug)).size).toBe(expected.files)
}

describe('an interrupted import run again with the same inputs', () => {
  test('the test set is what the description says', () => {
    expect(expected.files).toBe(24)
    expect(expected.captions).toBe(27)
    expect(new Set(expected.titles.filter(Boolean)).size).toBe(
      expected.titles.filter(Boolean).length,
    )
  })

  test(
    'killed (-9) after a few articles: the next run completes with no duplicate',
    async () => {
      const killed = await interruptedRun(5, 'SIGKILL')
      expect(killed.signal).toBe('SIGKILL')
      const before = await storedState()
      expect(before.articles.length).toBeGreaterThanOrEqual(5)
      expect(before.articles.length).toBeLessThan(expected.files)

      const again = await startScript('import.ts', [dir]).done
      expect(again.code).toBe(0)
      await expectCompleteImport()
      // The article being written when killed may be whole but for a detail: then it is updated.
      const kept = before.articles.length
      const [, made, updated, unchanged] =
        /Kết quả: (\d+) bài mới, (\d+) bài cập nhật, .*, (\d+) bài đã có, không đổi\./
          .exec(again.stderr)!
          .map(Number)
      expect(made).toBe(expected.files - kept)
      expect(updated + unchanged).toBe(kept)
      expect(updated).toBeLessThanOrEqual(1)
    },
    RUN_TIMEOUT * 2,
  )

  test(
    'a finished import run again writes nothing and says every article was already there',
    async () => {
      const versions = (await cms.payload.countVersions({ collection: 'articles' })).totalDocs
      const again = await startScript('import.ts', [dir]).done
      expect(again.code).toBe(0)
      expect(again.stderr).toContain(
        `Kết quả: 0 bài mới, 0 bài cập nhật, 0 bài xuất bản, 0 bản nháp có cảnh báo, ` +
          `0 tệp lỗi (trên 24 tệp), 24 bài đã có, không đổi.`,
      )
      expect((await cms.payload.countVersions({ collection: 'articles' })).totalDocs).toBe(versions)
      await expectCompleteImport()
    },
    RUN_TIMEOUT,
  )

  test(
    'Ctrl-C stops after the article being written, says how to go on, and the rerun completes',
    async () => {
      const other = mkdtempSync(path.join(tmpdir(), 'bantin-sigint-'))
      for (const page of [...legacyPages(12, 7)]) {
        writeFileSync(path.join(other, `sigint-${path.basename(page.path)}`), page.text)
      }
      const articlesBefore = (await storedState()).articles.length
      let sent = false
      const run = startScript('import.ts', [other], {
        onStderr: (all) => {
          if (!sent && created(all) >= 3) {
            sent = true
            run.child.kill('SIGINT')
          }
        },
      })
      const stopped = await run.done
      expect(stopped.code).toBe(130)
      expect(stopped.stderr).toMatch(
        new RegExp(
          String.raw`Đã dừng theo yêu cầu sau \d+/12 tệp\. Chạy lại đúng lệnh này để nhập tiếp: ` +
            'bài đã nhập sẽ được bỏ qua.',
        ),
      )
      // Every article the log announced is whole; none is half written.
      const afterStop = (await storedState()).articles.length - articlesBefore
      expect(afterStop).toBe(created(stopped.stderr))
      const again = await startScript('import.ts', [other]).done
      rmSync(other, { recursive: true, force: true })
      expect(again.code).toBe(0)
      expect((await storedState()).articles.length - articlesBefore).toBe(12)
    },
    RUN_TIMEOUT * 2,
  )
})
