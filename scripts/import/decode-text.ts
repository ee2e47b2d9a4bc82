import { cleanLegacyText } from './clean-legacy-text'

export const MAX_FILE_BYTES = 5 * 1024 * 1024
const REEXPORT = 'Hãy xuất lại bài viết ra tệp văn bản .txt (UTF-8) rồi thử lại.'

const VIETNAMESE_VOWELS = 'aăâeêioôơuưyAĂÂEÊIOÔƠUƯY'
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g
const ALLOWED_SYMBOLS = '\u00A0“”‘’–—…•₫€°'

/** True for characters a Vietnamese text in cp1258 can contain; anything else means mojibake. */
function isVietnameseChar(char: string): boolean {
  if (char < '\u0080' || char === 'đ' || char === 'Đ' || ALLOWED_SYMBOLS.includes(char)) return true
  const decomposed = char.normalize('NFD')
  const tones = decomposed.match(TONE_MARKS)?.length ?? 0
  const base = decomposed.replace(TONE_MARKS, '').normalize('NFC')
  return tones <= 1 && base.length === 1 && VIETNAMESE_VOWELS.includes(base)
}

function decodeCp1258(bytes: Uint8Array): string | null {
  // The bytes cp1258 leaves undefined decode to C1 controls, which the check below refuses.
  const text = new TextDecoder('windows-1258').decode(bytes)
  // cp1258 writes tones as separate combining marks; NFC folds them into the letters.
  const composed = text.normalize('NFC')
  return [...composed].every(isVietnameseChar) ? composed : null
}

/** UTF-16 without a BOM still shows itself: ASCII characters leave a NUL in every other byte. */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const sample = bytes.subarray(0, 4096)
  let even = 0
  let odd = 0
  sample.forEach((byte, i) => {
    if (byte === 0 && i % 2) odd++
    else if (byte === 0) even++
  })
  const pairs = sample.length / 2
  if (odd >= pairs * 0.3 && even <= odd / 10) return 'utf-16le'
  if (even >= pairs * 0.3 && odd <= even / 10) return 'utf-16be'
  return null
}

/** The text, or null when the bytes are not valid in that encoding (a TypeError, by the spec). */
function decodeStrictly(
  bytes: Uint8Array,
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be',
): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes)
  } catch (error) {
    if (error instanceof TypeError) return null
    throw error
  }
}

function decodeBytes(bytes: Uint8Array, name: string): { text: string } | { error: string } {
  const bom16 =
    bytes[0] === 0xff && bytes[1] === 0xfe
      ? 'utf-16le'
      : bytes[0] === 0xfe && bytes[1] === 0xff
        ? 'utf-16be'
        : null
  const utf16 = bom16 ?? sniffUtf16(bytes)
  if (utf16) {
    const text = decodeStrictly(bom16 ? bytes.subarray(2) : bytes, utf16)
    return text === null
      ? { error: `Tệp ${name} có dạng UTF-16 nhưng bị hỏng (cắt cụt, sai byte). ${REEXPORT}` }
      : { text }
  }
  if (bytes.includes(0)) {
    const what = 'là tệp nhị phân (ảnh, PDF, Word…), không phải văn bản'
    return { error: `Tệp ${name} ${what}. ${REEXPORT}` }
  }
  const text = decodeStrictly(bytes, 'utf-8') ?? decodeCp1258(bytes)
  return text === null
    ? {
        error:
          `Tệp ${name} không phải UTF-8 và cũng không đọc được theo Windows-1258 ` +
          '(có thể là bảng mã cũ TCVN3/VNI hoặc tệp bị hỏng). Hãy chuyển tệp sang Unicode ' +
          'UTF-8 (ví dụ bằng công cụ chuyển mã của Unikey) rồi thử lại.',
      }
    : { text }
}

const TAG = /<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?>/gi

/**
 * HTML is refused rather than converted: stripping tags from an arbitrary portal page would also
 * keep its menus and scripts, and a text export done by a person is more reliable.
 */
function looksLikeHtml(text: string): boolean {
  if (/^\s*<(!doctype|html|\?xml)/i.test(text)) return true
  const tagChars = (text.match(TAG) ?? []).reduce((sum, tag) => sum + tag.length, 0)
  return tagChars > 0.2 * text.trim().length
}

/** Also used before reading: a file known to be too big is never loaded into memory. */
export function tooBigError(fileName: string, size: number): string {
  const mb = (Math.ceil((size / 1024 / 1024) * 10) / 10).toFixed(1).replace('.', ',')
  return (
    `Tệp “${fileName}” quá lớn (${mb} MB); giới hạn là 5 MB cho mỗi bài viết. ` +
    'Hãy kiểm tra lại xem đã chọn đúng tệp văn bản của bài viết chưa.'
  )
}

/** Turns an uploaded legacy export into clean text, or explains in Vietnamese why it cannot. */
export function decodeLegacyFile(
  bytes: Uint8Array,
  fileName: string,
): { text: string } | { error: string } {
  const name = `“${fileName}”`
  if (bytes.length === 0) return { error: `Tệp ${name} trống (0 byte). ${REEXPORT}` }
  if (bytes.length > MAX_FILE_BYTES) return { error: tooBigError(fileName, bytes.length) }
  const decoded = decodeBytes(bytes, name)
  if ('error' in decoded) return decoded
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is counted
  const controls = decoded.text.match(/[\u0000-\u0008\u000E-\u001F\u007F]/g)?.length ?? 0
  if (controls > 0.01 * decoded.text.length) {
    return { error: `Tệp ${name} là tệp nhị phân (nhiều ký tự điều khiển). ${REEXPORT}` }
  }
  if (looksLikeHtml(decoded.text)) {
    return {
      error:
        `Tệp ${name} là trang HTML, không phải văn bản. Hãy mở bài viết trong trình duyệt, ` +
        'chọn toàn bộ nội dung, dán vào Notepad và lưu thành tệp .txt (UTF-8) rồi thử lại.',
    }
  }
  const text = cleanLegacyText(decoded.text)
  if (text.trim() === '') return { error: `Tệp ${name} trống (chỉ có khoảng trắng). ${REEXPORT}` }
  return { text }
}
