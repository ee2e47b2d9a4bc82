import type { Payload } from 'payload'

import type { InputFile } from './collect-inputs'
import { planArticle, type ArticleOverrides } from './plan-article'
import { readLegacyFile } from './read-legacy-file'
import { saveArticle, type SaveOptions, type SaveResult } from './save-article'
import { toImportSummary, type ImportSummary } from './to-import-summary'

export interface FileOutcome {
  summary: ImportSummary
  /** Absent on a dry run and when the file failed. */
  saved?: SaveResult
  failed: boolean
}

interface ImportFileOptions extends Partial<SaveOptions> {
  publish?: boolean
  overrides?: ArticleOverrides
}

/** What `--json` prints for a file that could not be used: its name and why. */
function failedSummary(file: string, error: string): ImportSummary {
  return {
    file,
    title: null,
    publishedAt: null,
    lead: null,
    author: null,
    captions: [],
    paragraphs: 0,
    legacyViews: null,
    legacyUrl: null,
    warnings: [error],
  }
}

/**
 * One file from disk to the CMS: read, parse, plan, then save unless `payload` is null (dry run).
 * Never throws for a bad file or a refused write: the reason ends up in the summary's warnings.
 */
export async function importFile(
  payload: Payload | null,
  input: InputFile,
  { publish = false, overrides, ...save }: ImportFileOptions = {},
): Promise<FileOutcome> {
  if (input.error) return { summary: failedSummary(input.display, input.error), failed: true }
  const read = await readLegacyFile(input)
  if ('error' in read) return { summary: failedSummary(input.display, read.error), failed: true }
  const plan = planArticle(read.parsed, { publish, overrides })
  const summary = { ...toImportSummary(read.parsed), warnings: plan.warnings }
  if (!payload) return { summary, failed: false }
  if (save.categoryId === undefined) throw new Error('importFile needs a categoryId to save')
  try {
    const saved = await saveArticle(payload, plan, {
      categoryId: save.categoryId,
      categoryExplicit: save.categoryExplicit ?? false,
      withHero: save.withHero,
      heroCaption: save.heroCaption,
      state: save.state,
    })
    return { summary, saved, failed: false }
  } catch (error) {
    const message = `Không lưu được bài vào CMS: ${(error as Error).message}`
    return { summary: { ...summary, warnings: [...summary.warnings, message] }, failed: true }
  }
}
