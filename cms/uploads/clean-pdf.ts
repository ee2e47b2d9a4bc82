import { PDFDict, PDFDocument, PDFName, PDFRawStream, PDFStream } from 'pdf-lib'

/** Scanned decisions run to a few MB; past this it is a scan at print resolution, or not a document. */
export const MAX_PDF_BYTES = 15 * 1024 * 1024

export class PdfRefused extends Error {
  override name = 'PdfRefused'
}

/** Keys that make a PDF do something when opened or clicked, or carry another file inside it. */
const ACTIVE_KEYS = [
  'JS',
  'JavaScript',
  'OpenAction',
  'AA',
  'Launch',
  'EmbeddedFile',
  'EmbeddedFiles',
  'RichMedia',
  'XFA',
  'SubmitForm',
  'ImportData',
  'GoToE',
]

/** What a page keeps of its own dictionary; annotations (links, comments, attachments, widgets) go. */
const PAGE_KEYS_DROPPED = ['Annots', 'AA', 'Metadata', 'PieceInfo', 'Tabs', 'StructParents']

const HEADER = /^%PDF-[12]\.\d/

/**
 * A PDF as the public may download it: the pages only. The document is parsed and its pages are
 * copied into a new, empty PDF (pdf-lib), so nothing of the original's catalogue comes along: no
 * open action, no JavaScript name tree, no embedded files, no form, no outline, no XMP or Info
 * metadata (author, software, dates). Each page loses its annotations and actions. The result is
 * then walked object by object, and refused if anything active is still there (a form XObject
 * carrying an action, say) rather than published. Refused outright: bytes that are not a PDF
 * (an HTML page renamed .pdf), encrypted PDFs (they cannot be cleaned), and files past the cap.
 */
export async function cleanPdf(bytes: Uint8Array, name: string): Promise<Uint8Array> {
  if (bytes.length > MAX_PDF_BYTES) {
    throw new PdfRefused(
      `Tệp "${name}" quá lớn (${(bytes.length / 1048576).toFixed(1)} MB); tối đa 15 MB. Hãy nén hoặc quét lại ở độ phân giải thấp hơn.`,
    )
  }
  if (!HEADER.test(Buffer.from(bytes.subarray(0, 8)).toString('latin1'))) {
    throw new PdfRefused(
      `Tệp "${name}" không phải là tệp PDF (nội dung không bắt đầu bằng %PDF). Hãy xuất văn bản ra PDF rồi tải lên.`,
    )
  }
  let source: PDFDocument
  try {
    source = await PDFDocument.load(bytes, {
      updateMetadata: false,
      ignoreEncryption: true,
      throwOnInvalidObject: true,
    })
  } catch {
    throw new PdfRefused(
      `Không đọc được tệp PDF "${name}" (tệp hỏng hoặc không đầy đủ). Hãy xuất lại tệp rồi tải lên.`,
    )
  }
  if (source.isEncrypted) {
    throw new PdfRefused(
      `Tệp PDF "${name}" có mật khẩu hoặc bị khóa. Hãy lưu bản không khóa rồi tải lên.`,
    )
  }
  if (source.getPageCount() === 0) throw new PdfRefused(`Tệp PDF "${name}" không có trang nào.`)
  // Dropped from the source pages before copying: a copy brings along every object a page
  // reaches, and an annotation dropped afterwards would leave its attachment behind in the file.
  for (const page of source.getPages())
    for (const key of PAGE_KEYS_DROPPED) page.node.delete(PDFName.of(key))
  const clean = await PDFDocument.create({ updateMetadata: false })
  for (const page of await clean.copyPages(source, source.getPageIndices())) clean.addPage(page)
  const active = findActiveKeys(clean)
  if (active.length) {
    throw new PdfRefused(
      `Tệp PDF "${name}" có thành phần chạy tự động hoặc tệp đính kèm (${active.join(', ')}) không gỡ được. ` +
        'Hãy in lại văn bản ra PDF (Print → Save as PDF) rồi tải lên.',
    )
  }
  return clean.save({
    useObjectStreams: false,
    addDefaultPage: false,
    updateFieldAppearances: false,
  })
}

/** Every active key left anywhere in the document's objects. */
function findActiveKeys(doc: PDFDocument): string[] {
  const found = new Set<string>()
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    const dict =
      object instanceof PDFDict
        ? object
        : object instanceof PDFStream || object instanceof PDFRawStream
          ? object.dict
          : null
    if (!dict) continue
    for (const key of ACTIVE_KEYS) if (dict.has(PDFName.of(key))) found.add(key)
    const type = dict.get(PDFName.of('S'))
    if (
      type instanceof PDFName &&
      ['JavaScript', 'Launch', 'SubmitForm', 'ImportData'].includes(type.decodeText())
    )
      found.add(type.decodeText())
  }
  return [...found].sort()
}
