import { type TextField, type TextFieldManyValidation, validations } from 'payload'

import { slugify } from '@bantin/content-types/slugify'

import { dedupeTags, tagsProblem } from '../hooks/dedupeTags'

/** Each tag gets a page at /tu-khoa/<slug>/: a tag that gives no slug has nowhere to go. */
export const validateTags: TextFieldManyValidation = (value, options) => {
  // dedupeTags refuses these on save; the admin's form check calls this without that hook.
  const problem = tagsProblem(value)
  if (problem) return problem
  const unlinkable = (value ?? []).find((tag) => !slugify(tag))
  if (unlinkable !== undefined) {
    return `Từ khóa "${unlinkable}" không có chữ hoặc số nên không tạo được trang từ khóa. Hãy sửa hoặc xóa từ khóa này.`
  }
  // Payload's own check (lengths, row counts) handles hasMany text too; its type names one value.
  return validations.text(value as never, options as never)
}

export function tagsField(): TextField {
  return {
    name: 'tags',
    type: 'text',
    hasMany: true,
    label: { vi: 'Từ khóa', en: 'Tags' },
    admin: { position: 'sidebar' },
    validate: validateTags,
    hooks: { beforeValidate: [dedupeTags] },
  } as TextField
}
