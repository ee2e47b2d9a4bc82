import type { FieldHook, TextField, TextFieldSingleValidation } from 'payload'

import { SLUG_PATTERN, slugify } from '@bantin/content-types/slugify'

type Overrides = Partial<Omit<TextField, 'type'>>

// How the field a slug is made from is called on the editing screen.
const SOURCE_LABELS: Record<string, string> = { title: 'Tiêu đề', byline: 'Bút danh', name: 'Tên chuyên mục' }

/**
 * Cleans a typed slug, or makes one from `sourceField`. When neither has a letter or digit the
 * slug is null, never '': the column is unique, and any number of drafts may wait for a title.
 */
export const fillSlugFrom =
  (sourceField: string): FieldHook =>
  ({ value, data, originalDoc }) => {
    const typed = typeof value === 'string' ? slugify(value) : ''
    if (typed) return typed
    const source = data?.[sourceField] ?? originalDoc?.[sourceField]
    return (typeof source === 'string' && slugify(source)) || null
  }

export const validateSlug = (value: unknown): true | string => {
  if (value === null || value === undefined || value === '') return true
  return typeof value === 'string' && SLUG_PATTERN.test(value)
    ? true
    : 'Đường dẫn chỉ gồm chữ thường không dấu, số và dấu gạch ngang (vd: dam-bao-an-ninh)'
}

/** Runs on publish (drafts skip validation) and on every save of authors and categories. */
export const requireSlug =
  (sourceField: string): TextFieldSingleValidation =>
  (value) => {
    if (value) return validateSlug(value)
    const label = SOURCE_LABELS[sourceField] ?? 'Tiêu đề'
    return `${label} phải có ít nhất một chữ hoặc số để tạo đường dẫn. Hãy sửa ${label.toLowerCase()} hoặc nhập đường dẫn (slug).`
  }

export function slugField(sourceField = 'title', overrides: Overrides = {}): TextField {
  const { admin, hooks, ...rest } = overrides
  return {
    name: 'slug',
    type: 'text',
    label: { vi: 'Đường dẫn (slug)', en: 'Slug' },
    unique: true,
    index: true,
    validate: requireSlug(sourceField),
    ...rest,
    admin: {
      position: 'sidebar',
      description: {
        vi: 'Tự tạo từ tiêu đề nếu để trống; có thể sửa.',
        en: 'Made from the title when left empty; editable.',
      },
      ...admin,
    },
    hooks: { ...hooks, beforeValidate: [fillSlugFrom(sourceField), ...(hooks?.beforeValidate ?? [])] },
  } as TextField
}
