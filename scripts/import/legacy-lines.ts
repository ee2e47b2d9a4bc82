import { legacyPathOf } from '@bantin/content-types/legacy-url'

/**
 * What a line of an export is when it is not article text: page metadata (view and comment
 * counts, separators), the page's own address, or something the parser cannot explain. Each rule
 * names what it recognises; a line matching none is article text. A line that looks like data of
 * the page but is not recognised is never kept as content: it is left out with a warning.
 */

// View counts use dots as thousands separators: "1.141" is 1141.
export const COUNT = String.raw`(\d{1,3}(?:\.\d{3})+|\d+)`
export const toCount = (digits: string) => Number(digits.replace(/\./g, ''))

// A label and a colon before the number are never prose, wherever they stand on the line.
const VIEWS_LABELLED = new RegExp(
  String.raw`(?:Số\s+)?(?:Lượt\s+(?:xem|đọc|truy\s+cập)|Đã\s+xem)\s*:\s*${COUNT}(?:\s+lần)?`,
  'iu',
)
const COMMENTS_LABELLED =
  /(?:Số\s+)?(?:Bình\s+luận|Ý\s+kiến|Phản\s+hồi)\s*(?::\s*\d+|\(\s*\d+\s*\))/giu
// "1.024 lượt xem" is metadata only when nothing else is on the line: prose says it too.
const VIEWS_AFTER = new RegExp(String.raw`^${COUNT}\s+lượt\s+(?:xem|đọc)$`, 'iu')
/** Runs of these around a line ("| Chia sẻ |", "— — —") are layout, not words. */
const EDGES = /^[\s|•·*=_~#–—-]+|[\s|•·*=_~#–—-]+$/gu

const hasWords = (text: string) => /[\p{L}\p{N}]/u.test(text)

export interface MetadataLine {
  /** What is left of the line for the parser: '' when the line was metadata only. */
  line: string
  views: number | null
}

/** Takes view counts, comment counts and separators off a line. */
export function takeMetadata(raw: string): MetadataLine {
  let views: number | null = null
  let line = raw
  const labelled = VIEWS_LABELLED.exec(line)
  if (labelled) {
    views = toCount(labelled[1]!)
    line = line.replace(VIEWS_LABELLED, ' ')
  }
  line = line.replace(COMMENTS_LABELLED, ' ').replace(EDGES, '').replace(/ {2,}/g, ' ').trim()
  const after = VIEWS_AFTER.exec(line)
  if (after) return { line: '', views: views ?? toCount(after[1]!) }
  return { line: hasWords(line) ? line : '', views }
}

/** Why a line that is not article text is left out, for the editor; null for article text. */
export function unexplainedLine(line: string): string | null {
  if (/^[\d.,\s]+$/.test(line)) {
    return `Bỏ qua dòng “${line}”: chỉ có số, không phải nội dung; nếu là nội dung, hãy nhập tay`
  }
  // "Số lần in: 3", "Lượt thích: 12": the page's data in a form this importer has not seen.
  if (/^[\p{L} ]{2,30}:\s*\d[\d.,]*$/u.test(line)) {
    return (
      `Bỏ qua dòng “${line}”: có vẻ là thông tin của trang (một nhãn và một con số), ` +
      'không phải nội dung; nếu là nội dung, hãy nhập tay'
    )
  }
  return null
}

const ADDRESS_LABEL =
  /^(?:Địa\s+chỉ(?:\s+(?:trang|bài\s+viết|bài))?|URL|Link(?:\s+bài\s+viết)?|Đường\s+dẫn)\s*:\s*(https?:\/\/\S+|\/\S*)$/iu
const BARE_ADDRESS = /^https?:\/\/\S+$/i

/**
 * The page's own address when the line is one: labelled ("Địa chỉ bài viết: …", "URL: …")
 * anywhere, or a bare address where browsers print it (`edge`: before the headline, or the last
 * line). A bare address inside the article is a link the article cites, and stays text.
 */
export function addressOf(line: string, edge: boolean): string | null {
  const labelled = ADDRESS_LABEL.exec(line)
  const address = labelled ? labelled[1]! : edge && BARE_ADDRESS.test(line) ? line : null
  return address !== null && legacyPathOf(address) !== null ? address : null
}

export const isBareAddress = (line: string) => BARE_ADDRESS.test(line)
