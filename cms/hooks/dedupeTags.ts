import { type FieldHook, ValidationError } from 'payload'

import { slugify } from '@bantin/content-types/slugify'

const EXAMPLE = 'ví dụ ["An ninh", "Giao thông"]'

/** What a value that is not a tag looks like, in words a writer reads. */
function describe(value: unknown): string {
  if (value === null) return 'giá trị rỗng (null)'
  if (Array.isArray(value)) return 'một danh sách lồng bên trong'
  if (typeof value === 'string') return `chữ "${value.slice(0, 40)}"`
  if (typeof value === 'number' || typeof value === 'boolean') return `giá trị ${String(value)}`
  return 'một đối tượng'
}

/**
 * Tags are a list of words; null or no value means none. Payload's many-valued text field does
 * not turn one word into a list (its database layer drops anything but a list without a word, and
 * its check failed with a 500 on a string), so a single string is refused rather than guessed at:
 * `"an ninh, giao thông"` would otherwise become one tag nobody meant.
 */
export function tagsProblem(value: unknown): string | null {
  if (value === undefined || value === null) return null
  if (!Array.isArray(value)) {
    return `Từ khóa phải là một danh sách (${EXAMPLE}), không phải ${describe(value)}. Mỗi từ khóa là một phần tử riêng.`
  }
  const index = value.findIndex((tag) => typeof tag !== 'string')
  if (index === -1) return null
  return `Từ khóa thứ ${index + 1} không phải là chữ mà là ${describe(value[index])}. Mỗi từ khóa là một đoạn chữ, ${EXAMPLE}.`
}

/**
 * "An ninh" and "an ninh" lead to the same tag page: the first spelling is kept. Tags with no
 * letter or digit stay, so that publishing can name them (see validateTags). A value that is not
 * a list of words is refused here, on the field, because this runs on every save: drafts and
 * autosaves skip validation, and such a value failed in the database (500) or was stored as is.
 * Whatever req.context says: no caller should store tags that are not words.
 */
export const dedupeTags: FieldHook = ({ value, path }) => {
  const problem = tagsProblem(value)
  if (problem) throw new ValidationError({ errors: [{ path: path.join('.'), message: problem }] })
  if (!Array.isArray(value)) return value
  const seen = new Set<string>()
  return (value as string[]).filter((tag) => {
    const key = slugify(tag) || tag
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
