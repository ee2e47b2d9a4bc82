import { cleanLegacyText } from './clean-legacy-text'
import { parseLegacyDate } from './parse-legacy-date'

export type Block =
  | { type: 'paragraph'; text: string }
  | { type: 'caption'; caption: string; credit: string | null }

export interface ParsedArticle {
  file: string
  title: string | null
  publishedAt: string | null
  /** The sapo. Never repeated in `blocks`. */
  lead: string | null
  author: string | null
  blocks: Block[]
  legacyViews: number | null
  warnings: string[]
}

export const MISSING_TITLE = 'Thiếu tiêu đề: không tìm thấy dòng tiêu đề, cần nhập tay'
export const MISSING_DATE = 'Thiếu ngày đăng: không tìm thấy ngày đăng bài, cần nhập tay'
export const UNRECOGNISED =
  'Không nhận ra cấu trúc bài viết: toàn bộ nội dung được giữ thành đoạn văn, cần kiểm tra lại'
export const NO_CONTENT = 'Không có nội dung bài viết: tệp chỉ có phần giao diện của cổng thông tin'

// Portal furniture specific enough to be cut wherever it appears, even glued to article text.
const CHROME_ANYWHERE = [
  /PublishingPortal\s*-\s*Block_\w+/g,
  /Tăng cỡ chữ\s*Giảm cỡ chữ/g,
  /Tổng số điểm của bài viết là:\s*\d+\s*trong\s*\d+\s*đánh giá/g,
  /Click để đánh giá bài viết/g,
  /Bạn đã không sử dụng Site,?\s*Bấm vào đây để duy trì trạng thái đăng nhập\.?/g,
  /Thời gian chờ:\s*\d+\s*giây/g,
  // "Thứ 5, Ngày 16 Tháng 7 Năm 2020" is the day the page was viewed, not the publication date.
  /(Thứ\s+\S+|Chủ\s+nhật),?\s+Ngày\s+\d{1,2}\s+Tháng\s+\d{1,2}\s+Năm\s+\d{4}/g,
]
// Labels that are chrome only when they stand alone; inside a sentence they are prose.
const CHROME_LINE = /^(Ý kiến bạn đọc|Tăng cỡ chữ|Giảm cỡ chữ|In bài viết|Gửi bài viết|Chia sẻ)$/i

// View counts use dots as thousands separators: "1.141" is 1141.
const COUNT = String.raw`(\d{1,3}(?:\.\d{3})+|\d+)`
const VIEWS = new RegExp(String.raw`Lượt xem\s*:\s*${COUNT}`, 'i')
// NukeViet prints views then comments after the date: "Thứ sáu - 16/06/2023 23:02 1.141 0".
const COUNTS_AFTER_DATE = new RegExp(String.raw`^${COUNT}(?:\s+\d+)*$`)
const AUTHOR_LABEL = /^Tác giả(?: bài viết)?\s*:\s*(.+)$/i
const CREDIT_LINE = /^\(?\s*Ảnh\s*:\s*([^()]+?)\s*\)?$/i
const INLINE_CREDIT = /\s*\(\s*Ảnh\s*:\s*([^()]+?)\s*\)$/i
const ENDS_SENTENCE = /[.!?…;:]["”’»)]*$/

const toCount = (digits: string) => Number(digits.replace(/\./g, ''))

/** Splits the export into content lines, taking out chrome, the date line and view counts. */
function readUnits(text: string) {
  const units: string[] = []
  const notes: string[] = []
  let publishedAt: string | null = null
  let legacyViews: number | null = null
  for (const raw of cleanLegacyText(text).split('\n')) {
    let line = CHROME_ANYWHERE.reduce((l, chrome) => l.replace(chrome, ' '), raw)
    line = line.replace(/ {2,}/g, ' ').trim()
    const views = VIEWS.exec(line)
    if (views) {
      legacyViews ??= toCount(views[1])
      line = line.replace(VIEWS, '').trim()
    }
    const date = parseLegacyDate(line)
    const counts = date ? COUNTS_AFTER_DATE.exec(date.rest) : null
    // A date followed by prose is prose, except the bare exporter's "date 2024-01 <text>" prefix.
    if (date && (date.rest === '' || counts || date.precision === 'month')) {
      if (counts) legacyViews ??= toCount(counts[1])
      if (date.iso === null) notes.push(date.warning ?? `Ngày đăng không hợp lệ: “${line}”`)
      else if (publishedAt === null) {
        publishedAt = date.iso
        if (date.warning) notes.push(date.warning)
      } else notes.push(`Bỏ qua ngày thứ hai “${line}”, giữ ngày đăng đầu tiên`)
      line = counts ? '' : date.rest
    }
    if (line && !CHROME_LINE.test(line)) units.push(line)
  }
  return { units, notes, publishedAt, legacyViews }
}

/** "Tác giả bài viết: …" anywhere, or a short signature ("BH") right after the last sentence. */
function takeAuthor(units: string[]): string | null {
  const labelled = units.findIndex((unit) => AUTHOR_LABEL.test(unit))
  if (labelled >= 0) return AUTHOR_LABEL.exec(units.splice(labelled, 1)[0])![1]
  const last = units.at(-1)
  const signature =
    last !== undefined && units.length > 2 && ENDS_SENTENCE.test(units.at(-2)!) &&
    last.length <= 40 && last.split(' ').length <= 5 && /^\p{Lu}/u.test(last) &&
    !/\d|[.,;:!?…]$/.test(last) && !/^Ảnh\b/i.test(last)
  return signature ? units.pop()! : null
}

/**
 * Captions are short unpunctuated lines: well below the article's typical paragraph length, or
 * carrying a photo credit.
 */
function toBlocks(units: string[]): Block[] {
  const lengths = units.filter((u) => ENDS_SENTENCE.test(u)).map((u) => u.length)
  const median = lengths.sort((a, b) => a - b)[Math.floor(lengths.length / 2)]
  const isCaption = (unit: string, next = '') =>
    !ENDS_SENTENCE.test(unit) && unit.length <= 250 &&
    (unit.length < 0.6 * median || CREDIT_LINE.test(next) || INLINE_CREDIT.test(unit))
  const blocks: Block[] = []
  for (const [i, unit] of units.entries()) {
    const prev = blocks.at(-1)
    const credit = CREDIT_LINE.exec(unit)
    if (credit && prev?.type === 'caption' && prev.credit === null) {
      prev.credit = credit[1]
    } else if (credit || !isCaption(unit, units[i + 1])) {
      blocks.push({ type: 'paragraph', text: unit })
    } else {
      const inline = INLINE_CREDIT.exec(unit)
      const caption = inline ? unit.slice(0, inline.index) : unit
      // Portals print the caption twice (image alt text, then caption): it is one caption.
      if (prev?.type === 'caption' && prev.caption === caption) prev.credit ??= inline?.[1] ?? null
      else blocks.push({ type: 'caption', caption, credit: inline?.[1] ?? null })
    }
  }
  return blocks
}

export function parseLegacyArticle(text: string, fileName: string): ParsedArticle {
  const { units, notes, publishedAt, legacyViews } = readUnits(text)
  const author = takeAuthor(units)
  // Without a single finished sentence nothing can be told apart: keep every line as a paragraph.
  const recognisable = units.some((unit) => ENDS_SENTENCE.test(unit))
  const hasTitle = recognisable && units.length > 1 && units[0].length <= 250 &&
    !/[.,;:]$/.test(units[0])
  const title = hasTitle ? units.shift()! : null
  const blocks: Block[] = recognisable
    ? toBlocks(units)
    : units.map((unit) => ({ type: 'paragraph', text: unit }))
  const leadAt = recognisable ? blocks.findIndex((block) => block.type === 'paragraph') : -1
  const lead = leadAt >= 0 ? blocks.splice(leadAt, 1)[0] : null
  const warnings = [
    ...(title === null ? [MISSING_TITLE] : []),
    ...(publishedAt === null ? [MISSING_DATE] : []),
    ...notes,
    ...(units.length === 0 ? [NO_CONTENT] : recognisable ? [] : [UNRECOGNISED]),
  ]
  return {
    file: fileName,
    title,
    publishedAt,
    lead: lead?.type === 'paragraph' ? lead.text : null,
    author,
    blocks,
    legacyViews,
    warnings,
  }
}
