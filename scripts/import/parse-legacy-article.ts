import { joinWrappedCaptions } from './caption-lines'
import { CHROME_ANYWHERE, CHROME_LINE } from './portal-chrome'
import {
  addressOf,
  COUNT,
  isBareAddress,
  takeMetadata,
  toCount,
  unexplainedLine,
} from './legacy-lines'
import { cleanLegacyText } from './clean-legacy-text'
import { type DateCandidate, datesAt, pickDate } from './pick-date'

export type Block =
  { type: 'paragraph'; text: string } | { type: 'caption'; caption: string; credit: string | null }

export interface ParsedArticle {
  file: string
  title: string | null
  publishedAt: string | null
  /** The sapo. Never repeated in `blocks`. */
  lead: string | null
  author: string | null
  blocks: Block[]
  legacyViews: number | null
  /** The page's own address on the old portal, when the export printed it. */
  legacyUrl: string | null
  warnings: string[]
}

export const MISSING_TITLE = 'Thiếu tiêu đề: không tìm thấy dòng tiêu đề, cần nhập tay'
const MISSING_DATE = 'Thiếu ngày đăng: không tìm thấy ngày đăng bài, cần nhập tay'
const UNRECOGNISED =
  'Không nhận ra cấu trúc bài viết: toàn bộ nội dung được giữ thành đoạn văn, cần kiểm tra lại'
const NO_CONTENT = 'Không có nội dung bài viết: tệp chỉ có phần giao diện của cổng thông tin'

// NukeViet prints views then comments after the date: "Thứ sáu - 16/06/2023 23:02 1.141 0".
const COUNTS_AFTER_DATE = new RegExp(String.raw`^${COUNT}(?:\s+\d+)*$`)
const AUTHOR_LABEL = /^Tác giả(?: bài viết)?\s*:\s*(.+)$/i
const CREDIT_LINE = /^\(?\s*Ảnh\s*:\s*([^()]+?)\s*\)?$/i
const INLINE_CREDIT = /\s*\(\s*Ảnh\s*:\s*([^()]+?)\s*\)$/i
const ENDS_SENTENCE = /[.!?…;:]["”’»)]*$/

/**
 * Splits the export into content lines. Every other line is accounted for: portal chrome, page
 * metadata and the page's address (legacy-lines.ts), dates (pick-date.ts); a line that is none of
 * these and still not text an article has is left out with a note, never kept.
 */
function readUnits(text: string) {
  const units: string[] = []
  const notes: string[] = []
  const dates: DateCandidate[] = []
  let legacyViews: number | null = null
  let legacyUrl: string | null = null
  const keepAddress = (address: string) => {
    if (legacyUrl === null) legacyUrl = address
    else if (address !== legacyUrl)
      notes.push(`Bỏ qua địa chỉ thứ hai “${address}”, giữ địa chỉ cũ đầu tiên`)
  }
  for (const raw of cleanLegacyText(text).split('\n')) {
    const unchromed = CHROME_ANYWHERE.reduce((l, chrome) => l.replace(chrome, ' '), raw)
    const meta = takeMetadata(unchromed.replace(/ {2,}/g, ' ').trim())
    legacyViews ??= meta.views
    let line = meta.line
    const address = line ? addressOf(line, units.length === 0) : null
    if (address !== null) {
      keepAddress(address)
      continue
    }
    const found = datesAt(line)
    const counts = found ? COUNTS_AFTER_DATE.exec(found.rest) : null
    // A date followed by prose is prose, except the bare exporter's "date 2024-01 <text>" prefix.
    if (found && (found.rest === '' || counts || found.found[0]!.date.precision === 'month')) {
      if (counts) legacyViews ??= toCount(counts[1]!)
      dates.push(...found.found)
      line = counts ? '' : found.rest
    }
    if (!line || CHROME_LINE.test(line)) continue
    const unexplained = unexplainedLine(line)
    if (unexplained) notes.push(unexplained)
    else units.push(line)
  }
  // Browsers print the page's address last, too.
  const last = units.at(-1)
  if (last !== undefined && isBareAddress(last) && addressOf(last, true)) keepAddress(units.pop()!)
  const { publishedAt, notes: dateNotes } = pickDate(dates)
  return { units, notes: [...dateNotes, ...notes], publishedAt, legacyViews, legacyUrl }
}

/** "Tác giả bài viết: …" anywhere, or a short signature ("BH") right after the last sentence. */
function takeAuthor(units: string[]): string | null {
  const labelled = units.findIndex((unit) => AUTHOR_LABEL.test(unit))
  if (labelled >= 0) return AUTHOR_LABEL.exec(units.splice(labelled, 1)[0])![1]
  const last = units.at(-1)
  const signature =
    last !== undefined &&
    units.length > 2 &&
    ENDS_SENTENCE.test(units.at(-2)!) &&
    last.length <= 40 &&
    last.split(' ').length <= 5 &&
    /^\p{Lu}/u.test(last) &&
    !/\d|[.,;:!?…]$/.test(last) &&
    !/^Ảnh\b/i.test(last)
  return signature ? units.pop()! : null
}

/**
 * Captions are short unpunctuated lines: well below the article's typical paragraph length, or
 * carrying a photo credit.
 */
function toBlocks(lines: string[], notes: string[]): Block[] {
  const lengths = lines.filter((u) => ENDS_SENTENCE.test(u)).map((u) => u.length)
  const median = lengths.sort((a, b) => a - b)[Math.floor(lengths.length / 2)] ?? 0
  const isCaption = (unit: string, next = '') =>
    !ENDS_SENTENCE.test(unit) &&
    unit.length <= 250 &&
    !isBareAddress(unit) &&
    (unit.length < 0.6 * median || CREDIT_LINE.test(next) || INLINE_CREDIT.test(unit))
  const blocks: Block[] = []
  const units = joinWrappedCaptions(
    lines,
    (unit) => !ENDS_SENTENCE.test(unit) && !isBareAddress(unit) && unit.length < median,
  )
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
      // Further down, the same words are the same photo shown again: an article shows it once.
      else if (blocks.some((b) => b.type === 'caption' && b.caption === caption)) {
        notes.push(`Bỏ qua chú thích ảnh lặp lại “${caption}”: ảnh này đã có trong bài`)
      } else blocks.push({ type: 'caption', caption, credit: inline?.[1] ?? null })
    }
  }
  return blocks
}

export function parseLegacyArticle(text: string, fileName: string): ParsedArticle {
  const { units, notes, publishedAt, legacyViews, legacyUrl } = readUnits(text)
  const author = takeAuthor(units)
  // Without a single finished sentence nothing can be told apart: keep every line as a paragraph.
  const recognisable = units.some((unit) => ENDS_SENTENCE.test(unit))
  const hasTitle =
    recognisable && units.length > 1 && units[0].length <= 250 && !/[.,;:]$/.test(units[0])
  const title = hasTitle ? units.shift()! : null
  const blocks: Block[] = recognisable
    ? toBlocks(units, notes)
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
    legacyUrl,
    warnings,
  }
}
