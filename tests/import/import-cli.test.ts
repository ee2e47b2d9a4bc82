import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { startTestCms, type TestCms } from '../helpers/payload'
import { runScript } from './run-cli'

const REEXPORT = 'Hãy xuất lại bài viết ra tệp văn bản .txt (UTF-8) rồi thử lại.'
const SUMMARY_KEYS = [
  'file',
  'title',
  'publishedAt',
  'lead',
  'author',
  'captions',
  'paragraphs',
  'legacyViews',
  'legacyUrl',
  'warnings',
]
const CRLF_TITLE = 'Công an tỉnh ra quân bảo đảm trật tự an toàn giao thông'
const NFD_TITLE = 'Tuổi trẻ Công an tỉnh ra quân hưởng ứng Tháng Thanh niên'

let cms: TestCms
let dir: string
beforeAll(async () => {
  cms = await startTestCms()
  // One folder of hostile inputs next to good ones: the batch must go on past every bad file.
  dir = mkdtempSync(path.join(tmpdir(), 'bantin-hostile-'))
  const write = (name: string, data: string | Uint8Array) =>
    writeFileSync(path.join(dir, name), data)
  write('1-rong.txt', '')
  write(
    '2-anh.txt',
    Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48]),
  )
  write('3-qua-lon.txt', 'a'.repeat(6 * 1024 * 1024))
  write(
    '4-trang-web.txt',
    '<!DOCTYPE html><html><body><h1>Tin tức</h1><p>Nội dung.</p></body></html>',
  )
  write(
    '5-crlf.txt',
    [
      CRLF_TITLE,
      '20/03/2020 07:30',
      'Sáng 20/3, Công an tỉnh tổ chức lễ ra quân cao điểm bảo đảm trật tự an toàn giao thông.',
      'Các đơn vị báo cáo kết quả hằng tuần về Phòng Cảnh sát giao thông./.',
      'Hương Dịu',
    ].join('\r\n'),
  )
  // Decomposed (NFD) title and byline among precomposed lines, as pasted from a Mac.
  write(
    '6-nfd.txt',
    [
      NFD_TITLE.normalize('NFD'),
      '26/03/2024 08:00',
      'Sáng 26/3, Đoàn Thanh niên Công an tỉnh ra quân hưởng ứng Tháng Thanh niên năm 2024.',
      'Đoàn viên thanh niên tham gia dọn vệ sinh môi trường tại các khu dân cư./.',
      'Thanh Hà'.normalize('NFD'),
    ].join('\n'),
  )
  copyFileSync(
    path.join(import.meta.dirname, 'fixtures/nukeviet-2023-06-16.txt'),
    path.join(dir, '7-nukeviet.txt'),
  )
})
afterAll(async () => {
  await cms?.close()
  if (dir) rmSync(dir, { recursive: true, force: true })
})

// Each write run boots Payload in a child process; a loaded CI machine may need a while.
const BOOT_TIMEOUT = 120_000

const count = async (
  collection: 'articles' | 'media' | 'authors' | 'categories' | 'payload-jobs',
) => (await cms.payload.count({ collection, trash: true } as never)).totalDocs

describe('npm run import (command line)', () => {
  test('bad usage exits 2 with the usage text, before touching the database', async () => {
    const none = await runScript('import.ts', [])
    expect(none.code).toBe(2)
    expect(none.stderr).toContain('Lỗi: Chưa chỉ ra tệp hoặc thư mục nào để nhập')
    expect(none.stderr).toContain('Cách dùng: npm run import -- [tùy chọn] <tệp hoặc thư mục…>')
    const unknown = await runScript('import.ts', ['--force', 'a.txt'])
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toContain("Lỗi: Tùy chọn không hợp lệ: Unknown option '--force'")
    expect(none.stdout + unknown.stdout).toBe('')
  })

  test('--dry-run --json reports every input and writes nothing', async () => {
    const run = await runScript('import.ts', ['--dry-run', '--json', '.', 'khong-co.txt'], {
      cwd: dir,
    })
    expect(run.code).toBe(1)
    const report = JSON.parse(run.stdout)
    expect(report.map((r: any) => r.file)).toEqual([
      '1-rong.txt',
      '2-anh.txt',
      '3-qua-lon.txt',
      '4-trang-web.txt',
      '5-crlf.txt',
      '6-nfd.txt',
      '7-nukeviet.txt',
      'khong-co.txt',
    ])
    expect(report.at(-1)).toEqual({
      file: 'khong-co.txt',
      title: null,
      publishedAt: null,
      lead: null,
      author: null,
      captions: [],
      paragraphs: 0,
      legacyViews: null,
      legacyUrl: null,
      warnings: ['Không tìm thấy tệp hoặc thư mục “khong-co.txt”.'],
    })
    expect(run.stderr).toContain(
      'Chạy thử, không ghi gì: 3 tệp đọc được (0 có cảnh báo), 5 tệp lỗi (trên 8 tệp).',
    )
    expect(await count('articles')).toBe(0)
    expect(await count('categories')).toBe(0)
  })

  test(
    'a hostile batch: each bad file is named with its reason, the rest is imported',
    async () => {
      const run = await runScript('import.ts', ['--json', '.'], { cwd: dir })
      expect(run.code).toBe(1)
      const report = JSON.parse(run.stdout)
      for (const entry of report) expect(Object.keys(entry)).toEqual(SUMMARY_KEYS)
      const warnings = Object.fromEntries(report.map((r: any) => [r.file, r.warnings]))
      expect(warnings).toEqual({
        '1-rong.txt': [`Tệp “1-rong.txt” trống (0 byte). ${REEXPORT}`],
        '2-anh.txt': [
          `Tệp “2-anh.txt” là tệp nhị phân (ảnh, PDF, Word…), không phải văn bản. ${REEXPORT}`,
        ],
        '3-qua-lon.txt': [
          'Tệp “3-qua-lon.txt” quá lớn (6,0 MB); giới hạn là 5 MB cho mỗi bài viết. ' +
            'Hãy kiểm tra lại xem đã chọn đúng tệp văn bản của bài viết chưa.',
        ],
        '4-trang-web.txt': [
          'Tệp “4-trang-web.txt” là trang HTML, không phải văn bản. Hãy mở bài viết trong trình ' +
            'duyệt, chọn toàn bộ nội dung, dán vào Notepad và lưu thành tệp .txt (UTF-8) rồi thử lại.',
        ],
        '5-crlf.txt': [],
        '6-nfd.txt': [],
        '7-nukeviet.txt': [],
      })
      expect(report[4]).toEqual({
        file: '5-crlf.txt',
        title: CRLF_TITLE,
        publishedAt: '2020-03-20T07:30:00+07:00',
        lead: 'Sáng 20/3, Công an tỉnh tổ chức lễ ra quân cao điểm bảo đảm trật tự an toàn giao thông.',
        author: 'Hương Dịu',
        captions: [],
        paragraphs: 1,
        legacyViews: null,
        legacyUrl: null,
        warnings: [],
      })
      expect(report[6]).toMatchObject({ legacyViews: 1141, author: 'Thúy Triều', paragraphs: 5 })
      expect(run.stderr).toContain(
        'Kết quả: 3 bài mới, 0 bài cập nhật, 0 bài xuất bản, 0 bản nháp có cảnh báo, 4 tệp lỗi (trên 7 tệp).',
      )

      const { docs } = await cms.payload.find({
        collection: 'articles',
        sort: 'legacyKey',
        draft: true,
        depth: 1,
      })
      expect(docs.map((d) => d.legacyKey)).toEqual([
        'file:5-crlf.txt',
        'file:6-nfd.txt',
        'file:7-nukeviet.txt',
      ])
      expect(docs[0].lead).not.toContain('\r')
      // Stored precomposed: the title, its slug and the byline match what an editor types.
      expect(docs[1].title).toBe(NFD_TITLE.normalize('NFC'))
      expect(docs[1].slug).toBe('tuoi-tre-cong-an-tinh-ra-quan-huong-ung-thang-thanh-nien')
      expect((docs[1].authors[0] as any).byline).toBe('Thanh Hà'.normalize('NFC'))
      expect(docs[2].legacyViews).toBe(1141)
      // Drafts change nothing the public sees: no site rebuild was asked for.
      expect(await count('payload-jobs')).toBe(0)
    },
    BOOT_TIMEOUT,
  )

  test(
    'a published batch asks for one site rebuild, not one per article',
    async () => {
      const run = await runScript('import.ts', ['--publish', '7-nukeviet.txt'], { cwd: dir })
      expect(run.code).toBe(0)
      const { docs } = await cms.payload.find({ collection: 'payload-jobs' })
      expect(docs.map((job) => [job.taskSlug, (job.input as { reason: string }).reason])).toEqual([
        ['deliverRebuild', 'import'],
      ])
    },
    BOOT_TIMEOUT,
  )

  test(
    'an unknown --category exits 2 and writes nothing',
    async () => {
      const articles = await count('articles')
      const run = await runScript('import.ts', ['--category', 'khong-co', '5-crlf.txt'], {
        cwd: dir,
      })
      expect(run.code).toBe(2)
      expect(run.stderr).toContain(
        'Lỗi: Không có chuyên mục “khong-co”. Các chuyên mục hiện có: tin-tuc-su-kien. Không có bài nào được nhập.',
      )
      expect(await count('articles')).toBe(articles)
    },
    BOOT_TIMEOUT,
  )
})
