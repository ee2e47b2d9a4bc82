import type { CollectionBeforeValidateHook } from 'payload'

/** Press officers always write a caption; alt text defaults to it so no image goes without one. */
export const defaultAltFromCaption: CollectionBeforeValidateHook = ({ data }) => {
  if (data && !data.alt?.trim?.() && typeof data.caption === 'string') data.alt = data.caption
  return data
}
