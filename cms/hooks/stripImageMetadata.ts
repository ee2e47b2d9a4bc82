import { type CollectionBeforeOperationHook, ValidationError } from 'payload'
import sharp, { type Sharp } from 'sharp'

/** The upload types the Media collection accepts, as sharp names them, with how to write them again. */
const ENCODERS: Record<
  string,
  { mimeType: string; encode: (image: Sharp, isPalette: boolean) => Sharp }
> = {
  jpeg: { mimeType: 'image/jpeg', encode: (image) => image.jpeg({ quality: 90 }) },
  png: { mimeType: 'image/png', encode: (image, isPalette) => image.png({ palette: isPalette }) },
  webp: { mimeType: 'image/webp', encode: (image) => image.webp({ quality: 90 }) },
  avif: { mimeType: 'image/avif', encode: (image) => image.avif({ quality: 70, effort: 2 }) },
}

const fileError = (message: string) => new ValidationError({ errors: [{ path: 'file', message }] })

/**
 * The original is public once an article shows it, and phones write the photographer's GPS
 * position, camera and software into it: police photos show crime scenes, victims' homes and
 * officers. The original is written again through sharp before Payload stores it, keeping only the
 * pixels, the orientation (applied, so no tag is needed) and the colour profile. Writing it again
 * also drops anything hidden around the pixels (comment segments, bytes after the image), so a file
 * that is both a JPEG and an HTML page is stored as a plain JPEG. Types sharp reads but Media
 * refuses (SVG, GIF, HEIC…) are left alone for Payload's type check to refuse.
 */
export const stripImageMetadata: CollectionBeforeOperationHook = async ({
  args,
  operation,
  req,
}) => {
  const file = req.file
  if ((operation !== 'create' && operation !== 'update') || !file?.data?.length) return args
  const meta = await sharp(file.data).metadata()
  const kind = meta.format === 'heif' ? (meta.compression === 'av1' ? 'avif' : 'heic') : meta.format
  const encoder = ENCODERS[kind]
  if (!encoder) return args
  let data: Buffer
  try {
    const image = sharp(file.data, { failOn: 'error' }).rotate().keepIccProfile()
    data = await encoder.encode(image, meta.isPalette === true).toBuffer()
  } catch (error) {
    req.payload.logger.warn(
      { err: error, file: file.name },
      'Could not re-encode an upload to strip its metadata',
    )
    throw fileError(
      `Không đọc được ảnh "${file.name}" (tệp hỏng hoặc không đầy đủ). Hãy xuất lại ảnh rồi tải lên.`,
    )
  }
  req.file = { ...file, data, size: data.length, mimetype: encoder.mimeType }
  return args
}
