import type { CollectionBeforeValidateHook } from 'payload'

/**
 * Press officers always write a caption; alt text is optional and defaults to it, so no image goes
 * without one: on create, and whenever a save empties it (the caption then comes from the stored
 * image if the save does not carry one).
 */
export const defaultAltFromCaption: CollectionBeforeValidateHook = ({
  data,
  originalDoc,
  operation,
}) => {
  if (!data) return data
  const touched = operation === 'create' || 'alt' in data
  if (touched && !data.alt?.trim?.()) {
    const caption = typeof data.caption === 'string' ? data.caption : originalDoc?.caption
    if (typeof caption === 'string') data.alt = caption
  }
  return data
}
