import type { Payload } from 'payload'

import { slugify } from '@bantin/content-types/slugify'

import { makePlaceholderImage } from './placeholder-image'

type Id = number | string

export interface PhotoCaption {
  caption: string
  credit: string | null
}

const context = { skipRebuild: true }

/**
 * The media record standing in for a photo the export lost: caption and credit are real, the
 * image is a generated placeholder flagged for replacement. On re-import the record already linked
 * from the article is updated in place, so a real photo an editor uploaded there is kept.
 */
export async function upsertPlaceholderMedia(
  payload: Payload,
  { caption, credit }: PhotoCaption,
  existingId?: Id,
): Promise<Id> {
  // Stored the way editors write it ("Ảnh: Thanh Hà"); the parser keeps just the name.
  const data = { caption, alt: caption, credit: credit ? `Ảnh: ${credit}` : null }
  if (existingId !== undefined) {
    const found = await payload
      .findByID({ collection: 'media', id: existingId, depth: 0, disableErrors: true })
      .catch(() => null)
    if (found) {
      await payload.update({ collection: 'media', id: existingId, data, depth: 0, context })
      return existingId
    }
  }
  const image = await makePlaceholderImage(caption)
  const name = `anh-tam-${slugify(caption, 60) || 'khong-ten'}.jpg`
  const created = await payload.create({
    collection: 'media',
    data: { ...data, placeholder: true },
    file: { data: image, mimetype: 'image/jpeg', name, size: image.length },
    depth: 0,
    context,
  })
  return created.id
}
