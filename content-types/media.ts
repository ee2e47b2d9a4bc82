import { z } from 'zod'

const id = z.union([z.number(), z.string()])

export const imageVariantSchema = z
  .object({
    url: z
      .string()
      .nullable()
      .optional()
      .describe('Path of the resized file, or null when the original was smaller'),
    width: z.number().nullable().optional().describe('Pixel width of this variant'),
    height: z.number().nullable().optional().describe('Pixel height of this variant'),
    mimeType: z.string().nullable().optional().describe('image/webp, image/avif or image/jpeg'),
    filesize: z.number().nullable().optional().describe('Size in bytes'),
    filename: z.string().nullable().optional().describe('File name inside the media folder'),
  })
  .describe('One resized variant made at upload')

export const mediaSchema = z
  .object({
    id: id.describe('Media id'),
    caption: z.string().describe('Vietnamese caption printed under the image'),
    alt: z.string().describe('Alternative text for screen readers (defaults to the caption)'),
    credit: z.string().nullable().optional().describe('Photographer credit, e.g. "Ảnh: Thanh Hà"'),
    url: z.string().nullable().optional().describe('Path of the original upload'),
    filename: z.string().nullable().optional().describe('Original file name'),
    mimeType: z.string().nullable().optional().describe('MIME type of the original'),
    width: z.number().nullable().optional().describe('Original pixel width'),
    height: z.number().nullable().optional().describe('Original pixel height'),
    focalX: z.number().nullable().optional().describe('Focal point, percent from the left'),
    focalY: z.number().nullable().optional().describe('Focal point, percent from the top'),
    sizes: z
      .record(z.string(), imageVariantSchema)
      .optional()
      .describe('Variants keyed by name, e.g. w800_avif, social'),
    updatedAt: z.string().optional().describe('Last change, ISO 8601 UTC'),
  })
  .describe('An uploaded image with its caption')

export type Media = z.infer<typeof mediaSchema>
