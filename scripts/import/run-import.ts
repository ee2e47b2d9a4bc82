import path from 'node:path'
import type { Payload } from 'payload'

import type { InputFile } from './collect-inputs'
import { importFile, type FileOutcome } from './import-file'
import { loadImportState } from './import-state'
import { resolveCategory } from './taxonomy'

interface RunOptions {
  publish?: boolean
  /** Category slug; it must exist. Without it the default news section is used. */
  category?: string
  /** Where per-file lines go (the CLI passes its progress display). */
  log?: (line: string) => void
  /** Called after each file with how many are finished (see progress.ts). */
  onProgress?: (done: number) => void
  /** Asked before each file; true ends the batch there (Ctrl-C), with the files so far. */
  shouldStop?: () => boolean
}

interface ImportCounts {
  files: number
  created: number
  updated: number
  published: number
  draftsWithWarnings: number
  /** Readable files with at least one warning (what a dry run reports). */
  withWarnings: number
  failed: number
  /** Already imported with exactly this content: nothing written (a rerun, a resumed batch). */
  unchanged: number
}

function count(outcomes: FileOutcome[]): ImportCounts {
  const saved = outcomes.flatMap((o) =>
    o.saved ? [{ ...o.saved, warnings: o.summary.warnings }] : [],
  )
  // An unchanged article was counted by the run that wrote it.
  const written = saved.filter((s) => s.action !== 'unchanged')
  return {
    files: outcomes.length,
    created: saved.filter((s) => s.action === 'created').length,
    updated: saved.filter((s) => s.action === 'updated').length,
    published: written.filter((s) => s.published).length,
    draftsWithWarnings: written.filter((s) => !s.published && s.warnings.length > 0).length,
    withWarnings: outcomes.filter((o) => !o.failed && o.summary.warnings.length > 0).length,
    failed: outcomes.filter((o) => o.failed).length,
    unchanged: saved.length - written.length,
  }
}

function describe({ summary, saved, failed }: FileOutcome): string {
  const action = saved?.action === 'created' ? 'tạo mới' : 'cập nhật'
  const what = failed
    ? 'LỖI'
    : !saved
      ? 'đọc được (chạy thử, không ghi)'
      : saved.action === 'unchanged'
        ? `đã có, không đổi #${saved.id}`
        : `${action} ${saved.published ? 'và xuất bản' : 'bản nháp'} #${saved.id}`
  return [`${summary.file}: ${what}`, ...summary.warnings.map((w) => `  - ${w}`)].join('\n')
}

const duplicateName = (file: string, first: string) =>
  `Tệp “${file}” trùng tên với “${first}” (bài được nhận theo tên tệp): ` +
  'hãy đổi tên một trong hai tệp rồi nhập lại.'

/**
 * Imports a batch in order. With `payload` null nothing is opened or written (dry run). An unknown
 * category throws UnknownCategoryError before the first write; every other problem is per file.
 * What the database already holds is read once (loadImportState), not once per file.
 */
export async function runImport(
  payload: Payload | null,
  inputs: InputFile[],
  { publish = false, category, log = () => {}, onProgress, shouldStop }: RunOptions = {},
): Promise<{ outcomes: FileOutcome[]; counts: ImportCounts; stopped: boolean }> {
  const categoryId = payload ? await resolveCategory(payload, category) : undefined
  const state = payload ? await loadImportState(payload) : undefined
  const byKey = new Map<string, string>()
  const outcomes: FileOutcome[] = []
  let stopped = false
  for (const input of inputs) {
    if (shouldStop?.()) {
      stopped = true
      break
    }
    // The import key is the file name, so two files of one name in one batch would overwrite.
    const key = path.basename(input.path)
    const first = input.error ? undefined : byKey.get(key)
    if (!input.error) byKey.set(key, byKey.get(key) ?? input.display)
    const checked = first ? { ...input, error: duplicateName(input.display, first) } : input
    const outcome = await importFile(payload, checked, {
      publish,
      categoryId,
      categoryExplicit: Boolean(category),
      state,
    })
    outcomes.push(outcome)
    log(describe(outcome))
    onProgress?.(outcomes.length)
  }
  return { outcomes, counts: count(outcomes), stopped }
}

/** The closing line an operator reads: what was written and what needs a person. */
export function formatCounts(c: ImportCounts, dryRun: boolean): string {
  if (dryRun) {
    const readable = c.files - c.failed
    return (
      `Chạy thử, không ghi gì: ${readable} tệp đọc được (${c.withWarnings} có cảnh báo), ` +
      `${c.failed} tệp lỗi (trên ${c.files} tệp).`
    )
  }
  const unchanged = c.unchanged > 0 ? `, ${c.unchanged} bài đã có, không đổi` : ''
  return (
    `Kết quả: ${c.created} bài mới, ${c.updated} bài cập nhật, ${c.published} bài xuất bản, ` +
    `${c.draftsWithWarnings} bản nháp có cảnh báo, ${c.failed} tệp lỗi (trên ${c.files} tệp)` +
    `${unchanged}.`
  )
}
