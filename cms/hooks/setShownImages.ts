import type { FieldHook } from 'payload'

import { imagesShownBy } from './publicVisibility'

/**
 * Stores which images the article shows (hero, social image, uploads in the body), so "does a
 * public article show this image?" is one indexed query rather than a read of every body. A field
 * the client does not send keeps its stored value, so it is taken from the document as it was.
 */
export const setShownImages: FieldHook = ({ data, originalDoc }) => {
  const pick = (key: string) => (data && key in data ? data[key] : originalDoc?.[key])
  const seo =
    data?.seo && typeof data.seo === 'object' && 'image' in data.seo ? data.seo : originalDoc?.seo
  return [...imagesShownBy({ body: pick('body'), heroImage: pick('heroImage'), seo })]
}
