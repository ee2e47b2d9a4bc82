import type { FieldHook, TextField } from 'payload'

import { SLUG_PATTERN, slugify } from '@bantin/content-types/slugify'

type Overrides = Partial<Omit<TextField, 'type'>>

/** Fills the slug from `sourceField` when left empty; an editor may still type their own. */
export const fillSlugFrom =
  (sourceField: string): FieldHook =>
  ({ value, data, originalDoc }) => {
    if (typeof value === 'string' && value.trim()) return slugify(value)
    const source = data?.[sourceField] ?? originalDoc?.[sourceField]
    return typeof source === 'string' && source.trim() ? slugify(source) : value
  }

export const validateSlug = (value: unknown): true | string => {
  if (value === null || value === undefined || value === '') return true
  return typeof value === 'string' && SLUG_PATTERN.test(value)
    ? true
    : 'Đường dẫn chỉ gồm chữ thường không dấu, số và dấu gạch ngang (vd: dam-bao-an-ninh)'
}

export function slugField(sourceField = 'title', overrides: Overrides = {}): TextField {
  const { admin, hooks, ...rest } = overrides
  return {
    name: 'slug',
    type: 'text',
    label: { vi: 'Đường dẫn (slug)', en: 'Slug' },
    unique: true,
    index: true,
    validate: validateSlug,
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
