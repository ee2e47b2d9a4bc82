import type { FieldHook } from 'payload'

import { slugify } from '@bantin/content-types/slugify'

/**
 * "An ninh" and "an ninh" lead to the same tag page: the first spelling is kept. Tags with no
 * letter or digit stay, so that publishing can name them (see validateTags).
 */
export const dedupeTags: FieldHook = ({ value }) => {
  if (!Array.isArray(value)) return value
  const seen = new Set<string>()
  return value.filter((tag) => {
    if (typeof tag !== 'string') return true
    const key = slugify(tag) || tag
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
