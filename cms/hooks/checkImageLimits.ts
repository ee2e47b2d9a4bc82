import { APIError, type CollectionBeforeOperationHook } from 'payload'
import sharp, { type Metadata } from 'sharp'

export const MAX_IMAGE_PIXELS = 50_000_000

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
    throw new APIError(`"${req.file.name}" không phải là ảnh hợp lệ (JPEG, PNG, WebP, AVIF).`, 400, null, true)
  }
  const pixels = (meta.width ?? 0) * (meta.height ?? 0)
  if (pixels > MAX_IMAGE_PIXELS) {
    throw new APIError(
      `Ảnh "${req.file.name}" quá lớn (${meta.width}×${meta.height} điểm ảnh); tối đa 50 megapixel.`,
      400,
      null,
      true,
    )
  }
  return args
}
