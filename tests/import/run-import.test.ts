import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, test } from 'vitest'

import { collectInputs } from '../../scripts/import/collect-inputs'
import { formatCounts, runImport } from '../../scripts/import/run-import'

const article = (n: number) =>
  [
    `Tin thử nghiệm số ${n}`,
    '05/05/2025 08:00',
    'Công an tỉnh tổ chức tuần tra bảo đảm an ninh trật tự trên địa bàn.',
    'Các đơn vị báo cáo kết quả về Phòng Tham mưu./.',
    'Minh Anh',
  ].join('\n')

describe('runImport (dry run, no database)', () => {
  test('a large batch reports each finished file for the progress display, then the counts', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'bantin-batch-'))
    for (let n = 1; n <= 120; n++) {
      writeFileSync(path.join(dir, `tin-${String(n).padStart(3, '0')}.txt`), article(n))
    }
    writeFileSync(path.join(dir, 'ghi-chu.doc'), 'not walked: only .txt files are articles')
    const lines: string[] = []
    const done: number[] = []
    const { outcomes, counts } = await runImport(null, await collectInputs([dir]), {
      log: (line) => lines.push(line),
      onProgress: (n) => done.push(n),
    })
    rmSync(dir, { recursive: true, force: true })
    expect(outcomes).toHaveLength(120)
    expect(outcomes[119].summary).toMatchObject({ title: 'Tin thử nghiệm số 120', warnings: [] })
    expect(lines[0]).toMatch(/tin-001\.txt: đọc được \(chạy thử, không ghi\)$/)
    expect(done).toEqual(Array.from({ length: 120 }, (_, i) => i + 1))
    expect(formatCounts(counts, true)).toBe(
      'Chạy thử, không ghi gì: 120 tệp đọc được (0 có cảnh báo), 0 tệp lỗi (trên 120 tệp).',
    )
  })

  test('asked to stop, the batch ends before the next file and says it stopped', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'bantin-stop-'))
    for (let n = 1; n <= 5; n++) writeFileSync(path.join(dir, `tin-${n}.txt`), article(n))
    let finished = 0
    const { outcomes, stopped } = await runImport(null, await collectInputs([dir]), {
      onProgress: (n) => (finished = n),
      shouldStop: () => finished >= 2,
    })
    rmSync(dir, { recursive: true, force: true })
    expect(stopped).toBe(true)
    expect(outcomes.map((o) => path.basename(o.summary.file))).toEqual(['tin-1.txt', 'tin-2.txt'])
  })

  test('two files of the same name in one batch: the second is refused, not merged', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'bantin-dupe-'))
    for (const sub of ['a', 'b']) {
      mkdirSync(path.join(dir, sub))
      writeFileSync(path.join(dir, sub, 'tin.txt'), article(1))
    }
    const { outcomes, counts } = await runImport(null, await collectInputs([dir]))
    rmSync(dir, { recursive: true, force: true })
    const [first, second] = outcomes.map((o) => o.summary)
    expect(first.file).toMatch(/a\/tin\.txt$/)
    expect(second.warnings).toEqual([
      `Tệp “${second.file}” trùng tên với “${first.file}” (bài được nhận theo tên tệp): ` +
        'hãy đổi tên một trong hai tệp rồi nhập lại.',
    ])
    expect([counts.files, counts.failed]).toEqual([2, 1])
  })
})
