import path from 'node:path'

import { MISSING_TITLE, type Block, type ParsedArticle } from './parse-legacy-article'

const DEFAULT_AUTHOR = 'Ban biên tập'
const NO_AUTHOR = `Thiếu tác giả: không tìm thấy tên tác giả, tạm ghi “${DEFAULT_AUTHOR}”, cần kiểm tra lại`
const NO_LEAD = 'Thiếu sapo: không tìm thấy đoạn mở đầu, cần nhập tay'
export const untitled = (file: string) => `(Chưa có tiêu đề) ${path.basename(file)}`

// Warnings that only say a value was approximated or a duplicate ignored: the article is whole.
// A saved-day header set aside ("Bỏ qua ngày “Thứ Năm, …”"), a second address and a photo
// printed twice are named for the editor to check, but the article is whole.
const NON_BLOCKING = [
  'Chỉ biết tháng đăng',
  'Bỏ qua ngày',
  'Bỏ qua địa chỉ thứ hai',
  'Bỏ qua chú thích ảnh lặp lại',
]

/** What a caller (the demo seed) knows better than the file. */
export interface ArticleOverrides {
  title?: string
  author?: string
  legacyUrl?: string
}

export interface ArticlePlan {
  key: string
  title: string
  lead: string | null
  author: string
  blocks: Block[]
  publishedAt: string | null
  legacyViews: number | null
  legacyUrl: string | null
  /** Parser warnings, then the importer's own. */
  warnings: string[]
  /** Published only when asked to and nothing is missing. */
  publish: boolean
}

/** Re-importing the same file name updates the same article. */
export const legacyKeyOf = (file: string) => `file:${path.basename(file)}`

/**
 * Decides everything about an article that does not need the database, so a dry run reports
 * exactly the warnings a real import would give.
 */
export function planArticle(
  parsed: ParsedArticle,
  { publish = false, overrides = {} }: { publish?: boolean; overrides?: ArticleOverrides } = {},
): ArticlePlan {
  const title = overrides.title ?? parsed.title
  const author = overrides.author ?? parsed.author
  const warnings = parsed.warnings.filter((w) => !(w === MISSING_TITLE && title))
  if (!parsed.lead) warnings.push(NO_LEAD)
  if (!author) warnings.push(NO_AUTHOR)
  const blocking = warnings.filter((w) => !NON_BLOCKING.some((prefix) => w.startsWith(prefix)))
  if (publish && blocking.length > 0) {
    warnings.push('Chưa xuất bản: bài còn thiếu thông tin (xem các cảnh báo trên), giữ ở dạng nháp')
  }
  return {
    key: legacyKeyOf(parsed.file),
    title: title ?? untitled(parsed.file),
    lead: parsed.lead,
    author: author ?? DEFAULT_AUTHOR,
    blocks: parsed.blocks,
    publishedAt: parsed.publishedAt,
    legacyViews: parsed.legacyViews,
    legacyUrl: overrides.legacyUrl ?? parsed.legacyUrl,
    warnings,
    publish: publish && blocking.length === 0,
  }
}
