import { type CollectionBeforeOperationHook, ValidationError } from 'payload'

import { cleanPdf, PdfRefused } from '../uploads/clean-pdf'

/**
 * The documents library's PDFs are public once published: only the pages are kept
 * (uploads/clean-pdf.ts), before Payload checks the type and stores the file. A refusal is a
 * field error on the upload box, in Vietnamese; nothing already saved is touched.
 */
export const cleanPdfUpload: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  const file = req.file
  if ((operation !== 'create' && operation !== 'update') || !file?.data?.length) return args
  let data: Buffer
  try {
    data = Buffer.from(await cleanPdf(file.data, file.name))
  } catch (error) {
    if (error instanceof PdfRefused)
      throw new ValidationError({ errors: [{ path: 'file', message: error.message }] })
    throw error
  }
  req.file = { ...file, data, size: data.length, mimetype: 'application/pdf' }
  return args
}
