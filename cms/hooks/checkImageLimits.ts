import { type CollectionBeforeOperationHook, ValidationError } from 'payload'
import sharp, { type Metadata } from 'sharp'

const MAX_IMAGE_PIXELS = 50_000_000

// A field error on `file` shows next to the upload box in the admin, not as a generic failure.
const fileError = (message: string) => new ValidationError({ errors: [{ path: 'file', message }] })

/**
 * Refuses decompression bombs and files that are not a readable image before any resizing runs.
 * Payload already checks the declared type against the bytes; this adds the pixel cap.
 */
export const checkImageLimits: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if ((operation !== 'create' && operation !== 'update') || !req.file?.data?.length) return args
  let meta: Metadata
  try {
    meta = await sharp(req.file.data, { limitInputPixels: false }).metadata()
  } catch {
    throw fileError(`"${req.file.name}" không phải là ảnh hợp lệ (JPEG, PNG, WebP, AVIF).`)
  }
  const pixels = (meta.width ?? 0) * (meta.height ?? 0)
  if (pixels > MAX_IMAGE_PIXELS) {
    throw fileError(
      `Ảnh "${req.file.name}" quá lớn (${meta.width}×${meta.height} điểm ảnh); tối đa 50 megapixel.`,
    )
  }
  return args
}
