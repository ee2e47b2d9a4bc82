import { PDFDocument } from 'pdf-lib'
import { describe, expect, test } from 'vitest'

import { cleanPdf, MAX_PDF_BYTES, PdfRefused } from '../../cms/uploads/clean-pdf'
import {
  actionInResourcesPdf,
  embeddedFilePdf,
  htmlRenamedPdf,
  javascriptPdf,
  plainPdf,
} from './fixtures/hostile-pdfs'

const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1')

describe('cleanPdf', () => {
  test('keeps the pages and drops the metadata (author, software, title)', async () => {
    const before = await plainPdf()
    for (const key of ['/Author', '/Creator', '/Producer', '/Title'])
      expect(latin1(before)).toContain(key)
    const cleaned = await cleanPdf(before, 'qd.pdf')
    const doc = await PDFDocument.load(cleaned)
    expect(doc.getPageCount()).toBe(1)
    expect(doc.getPage(0).getSize()).toEqual({ width: 595, height: 842 })
    for (const secret of ['/Author', '/Creator', '/Producer', '/Title', '/Info', '/Metadata']) {
      expect(latin1(cleaned)).not.toContain(secret)
    }
  })

  test('a PDF with JavaScript (open action, name tree, page action) comes out without any', async () => {
    const before = await javascriptPdf()
    expect(latin1(before)).toContain('JsSecret')
    const cleaned = latin1(await cleanPdf(before, 'js.pdf'))
    for (const trace of ['JsSecret', '/JavaScript', '/JS', '/OpenAction', '/AA'])
      expect(cleaned).not.toContain(trace)
  })

  test('a PDF with an embedded file comes out without the file or its attachment note', async () => {
    const before = await embeddedFilePdf()
    expect(latin1(before)).toContain('hoadon.exe')
    const cleaned = latin1(await cleanPdf(before, 'ef.pdf'))
    for (const trace of ['hoadon.exe', '/EmbeddedFile', '/FileAttachment', '/Annots'])
      expect(cleaned).not.toContain(trace)
  })

  test('an action that survives copying the pages is refused, naming it', async () => {
    await expect(cleanPdf(await actionInResourcesPdf(), 'x.pdf')).rejects.toThrow(
      /thành phần chạy tự động.*\(JS\)/,
    )
  })

  test('an HTML page renamed .pdf is refused as not a PDF', async () => {
    await expect(cleanPdf(htmlRenamedPdf(), 'trang.pdf')).rejects.toThrow(
      new PdfRefused(
        'Tệp "trang.pdf" không phải là tệp PDF (nội dung không bắt đầu bằng %PDF). Hãy xuất văn bản ra PDF rồi tải lên.',
      ),
    )
  })

  test('a file past the cap is refused before it is parsed', async () => {
    const big = new Uint8Array(MAX_PDF_BYTES + 1)
    big.set(new TextEncoder().encode('%PDF-1.7'))
    await expect(cleanPdf(big, 'to.pdf')).rejects.toThrow(/quá lớn .* tối đa 15 MB/)
  })

  test('a truncated PDF is refused as unreadable', async () => {
    const cut = (await plainPdf()).subarray(0, 300)
    await expect(cleanPdf(cut, 'cut.pdf')).rejects.toThrow(/Không đọc được tệp PDF "cut.pdf"/)
  })
})
