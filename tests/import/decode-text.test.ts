import { describe, expect, test } from 'vitest'
import { MAX_FILE_BYTES, decodeLegacyFile } from '../../scripts/import/decode-text'

const utf8 = (text: string) => new TextEncoder().encode(text)
const REEXPORT = 'Hãy xuất lại bài viết ra tệp văn bản .txt (UTF-8) rồi thử lại.'
const unreadable = (name: string) =>
  `Tệp “${name}” không phải UTF-8 và cũng không đọc được theo Windows-1258 ` +
  '(có thể là bảng mã cũ TCVN3/VNI hoặc tệp bị hỏng). Hãy chuyển tệp sang Unicode ' +
  'UTF-8 (ví dụ bằng công cụ chuyển mã của Unikey) rồi thử lại.'
const VIETNAMESE =
  'Công an tỉnh Bắc Kạn tổ chức Hội nghị “Toàn dân bảo vệ an ninh Tổ quốc” – năm 2024.'

function utf16(text: string, order: 'le' | 'be', bom: boolean): Uint8Array {
  const bytes = bom ? [order === 'le' ? 0xff : 0xfe, order === 'le' ? 0xfe : 0xff] : []
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i)
    bytes.push(...(order === 'le' ? [unit & 0xff, unit >> 8] : [unit >> 8, unit & 0xff]))
  }
  return Uint8Array.from(bytes)
}

/** Encodes as Windows would: base letter from the code page, then a combining tone mark. */
function cp1258(text: string): Uint8Array {
  const decoder = new TextDecoder('windows-1258')
  const byteOf = new Map(
    Array.from({ length: 256 }, (_, byte) => [decoder.decode(Uint8Array.of(byte)), byte]),
  )
  const bytes: number[] = []
  for (const char of text.normalize('NFC')) {
    const direct = byteOf.get(char)
    if (direct !== undefined) {
      bytes.push(direct)
      continue
    }
    const decomposed = char.normalize('NFD')
    const tone = decomposed.match(/[\u0300\u0301\u0303\u0309\u0323]/)![0]
    bytes.push(byteOf.get(decomposed.replace(tone, '').normalize('NFC'))!, byteOf.get(tone)!)
  }
  return Uint8Array.from(bytes)
}

describe('decodeLegacyFile', () => {
  test('plain UTF-8 comes back as written', () => {
    expect(decodeLegacyFile(utf8(VIETNAMESE), 'a.txt')).toEqual({ text: VIETNAMESE })
  })

  test('a UTF-8 byte-order mark is dropped', () => {
    const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('Tin an ninh')])
    expect(decodeLegacyFile(bytes, 'bom.txt')).toEqual({ text: 'Tin an ninh' })
  })

  test('an empty file is refused as empty, naming the file', () => {
    expect(decodeLegacyFile(new Uint8Array(0), 'rong.txt')).toEqual({
      error: `Tệp “rong.txt” trống (0 byte). ${REEXPORT}`,
    })
  })

  test('a file of only whitespace is refused as empty', () => {
    expect(decodeLegacyFile(utf8(' \r\n\t\u00a0\n'), 'trang.txt')).toEqual({
      error: `Tệp “trang.txt” trống (chỉ có khoảng trắng). ${REEXPORT}`,
    })
  })

  test('binary bytes (a PNG header) are refused', () => {
    const png = Uint8Array.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0,
      0x01, 0x2c, 0, 0, 0, 0xc8, 0x08, 0x06, 0, 0, 0, 0x9a, 0x9c, 0x18,
    ])
    expect(decodeLegacyFile(png, 'anh.png')).toEqual({
      error: `Tệp “anh.png” là tệp nhị phân (ảnh, PDF, Word…), không phải văn bản. ${REEXPORT}`,
    })
  })

  test('control characters without NUL bytes are refused as binary', () => {
    const bytes = Uint8Array.from([...utf8('abc'), 1, 2, 3, 4, 5, 6, 7, 8, 0x1b, ...utf8('def')])
    expect(decodeLegacyFile(bytes, 'x.bin')).toEqual({
      error: `Tệp “x.bin” là tệp nhị phân (nhiều ký tự điều khiển). ${REEXPORT}`,
    })
  })

  test('a file over 5 MB is refused with the limit in the message', () => {
    const big = new Uint8Array(MAX_FILE_BYTES + 1).fill(0x61)
    expect(decodeLegacyFile(big, 'lon.txt')).toEqual({
      error:
        'Tệp “lon.txt” quá lớn (5,1 MB); giới hạn là 5 MB cho mỗi bài viết. ' +
        'Hãy kiểm tra lại xem đã chọn đúng tệp văn bản của bài viết chưa.',
    })
  })

  test('a file of exactly 5 MB is accepted', () => {
    const result = decodeLegacyFile(new Uint8Array(MAX_FILE_BYTES).fill(0x61), 'vua.txt')
    expect('text' in result && result.text.length).toBe(MAX_FILE_BYTES)
  })

  const htmlError = (name: string) => ({
    error:
      `Tệp “${name}” là trang HTML, không phải văn bản. Hãy mở bài viết trong trình duyệt, ` +
      'chọn toàn bộ nội dung, dán vào Notepad và lưu thành tệp .txt (UTF-8) rồi thử lại.',
  })

  test('an HTML page is refused with instructions to export text', () => {
    const page =
      '<!DOCTYPE html>\n<html lang="vi"><head><title>Tin</title></head>' +
      '<body><p>Công an tỉnh</p></body></html>'
    expect(decodeLegacyFile(utf8(page), 'trang.html')).toEqual(htmlError('trang.html'))
  })

  test('a tag-heavy fragment without a doctype is refused as HTML', () => {
    const fragment = '<div class="news"><p><b>Công an</b></p><p><i>tỉnh</i></p></div>'
    expect(decodeLegacyFile(utf8(fragment), 'doan.txt')).toEqual(htmlError('doan.txt'))
  })

  test('text that merely mentions a tag is still text', () => {
    const text = 'Trong bài viết dài về an ninh mạng, tác giả nhắc đến thẻ <script> độc hại.'
    expect(decodeLegacyFile(utf8(text), 'an-ninh-mang.txt')).toEqual({ text })
  })

  test('CRLF and lone CR become LF', () => {
    expect(decodeLegacyFile(utf8('Dòng một\r\nDòng hai\rDòng ba\r\n'), 'crlf.txt')).toEqual({
      text: 'Dòng một\nDòng hai\nDòng ba\n',
    })
  })

  test('decomposed (NFD) Vietnamese is recomposed to NFC', () => {
    const nfd = VIETNAMESE.normalize('NFD')
    expect(nfd).not.toBe(VIETNAMESE)
    expect(decodeLegacyFile(utf8(nfd), 'nfd.txt')).toEqual({ text: VIETNAMESE })
  })

  test('odd spaces become one space and lines are trimmed', () => {
    const messy = '\u00a0 Tiêu đề\u2003bài\t\tviết \u200b\nđoạn  một\u202f '
    expect(decodeLegacyFile(utf8(messy), 'space.txt')).toEqual({
      text: 'Tiêu đề bài viết\nđoạn một',
    })
  })

  test('UTF-16 LE with a BOM is decoded', () => {
    expect(decodeLegacyFile(utf16(VIETNAMESE, 'le', true), 'u16le.txt')).toEqual({
      text: VIETNAMESE,
    })
  })

  test('UTF-16 BE without a BOM is recognised by its NUL-byte pattern', () => {
    expect(decodeLegacyFile(utf16(VIETNAMESE, 'be', false), 'u16be.txt')).toEqual({
      text: VIETNAMESE,
    })
  })

  test('Windows-1258 with combining tone marks is decoded to NFC Vietnamese', () => {
    const bytes = cp1258(VIETNAMESE)
    expect(bytes).toContain(0xd2) // combining hook above, as in "tỉnh"
    expect(bytes).toContain(0xf2) // combining dot below, as in "Kạn"
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow()
    expect(decodeLegacyFile(bytes, 'cp1258.txt')).toEqual({ text: VIETNAMESE })
  })

  test('a byte Windows-1258 leaves undefined (0x81) makes the file unreadable, not mojibake', () => {
    const bytes = Uint8Array.from([...cp1258('Công an tỉnh'), 0x81])
    expect(decodeLegacyFile(bytes, 'c1.txt')).toEqual({ error: unreadable('c1.txt') })
  })

  test('UTF-16 BE with a BOM is decoded', () => {
    expect(decodeLegacyFile(utf16(VIETNAMESE, 'be', true), 'u16be-bom.txt')).toEqual({
      text: VIETNAMESE,
    })
  })

  test('an old TCVN3 file is refused rather than returned as mojibake', () => {
    // "Công an tỉnh" in TCVN3 (ABC): « is ô, Ø is ỉ.
    const bytes = Uint8Array.from([...utf8('C'), 0xab, ...utf8('ng an t'), 0xd8, ...utf8('nh')])
    expect(decodeLegacyFile(bytes, 'tcvn3.txt')).toEqual({ error: unreadable('tcvn3.txt') })
  })

  test('truncated UTF-16 is refused', () => {
    const bytes = utf16(VIETNAMESE, 'le', true).subarray(0, 21)
    expect(decodeLegacyFile(bytes, 'cut.txt')).toEqual({
      error: `Tệp “cut.txt” có dạng UTF-16 nhưng bị hỏng (cắt cụt, sai byte). ${REEXPORT}`,
    })
  })
})
