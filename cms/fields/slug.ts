import type {
  CollectionSlug,
  FieldHook,
  PayloadRequest,
  TextField,
  TextFieldSingleValidation,
} from 'payload'

import { SLUG_MAX_LENGTH, SLUG_PATTERN, slugify } from '@bantin/content-types/slugify'

type Overrides = Partial<Omit<TextField, 'type'>>

// How the field a slug is made from is called on the editing screen.
const SOURCE_LABELS: Record<string, string> = {
  title: 'Tiêu đề',
  byline: 'Bút danh',
  name: 'Tên chuyên mục',
  fullName: 'Họ và tên',
  number: 'Số/ký hiệu',
}

const MAX_NUMBERED = 100

/** `base`, or `base-2`, `base-3`… : the first no other document (trashed ones too) holds. */
async function firstFreeSlug(
  req: PayloadRequest,
  collection: CollectionSlug,
  base: string,
  ownId: unknown,
) {
  for (let n = 1; n <= MAX_NUMBERED; n++) {
    // The base is cut first so the number survives: a slug over the limit would be cut back to the
    // base on the next save and collide with the document that holds it.
    const suffix = `-${n}`
    const candidate = n === 1 ? base : `${slugify(base, SLUG_MAX_LENGTH - suffix.length)}${suffix}`
    const { totalDocs } = await req.payload.count({
      collection,
      where: {
        and: [{ slug: { equals: candidate } }, ...(ownId ? [{ id: { not_equals: ownId } }] : [])],
      },
      trash: true,
      overrideAccess: true,
      req,
    })
    if (totalDocs === 0) return candidate
  }
  return base // Past that many, let the unique index refuse with its message.
}

/**
 * Cleans a typed slug, or makes one from `sourceField`, numbered when another document has it
 * (two notices may share a title; autosave must not fail on that). When neither has a letter or
 * digit the slug is null, never '': the column is unique, and any number of drafts may wait.
 */
export const fillSlugFrom =
  (sourceField: string): FieldHook =>
  async ({ value, data, originalDoc, collection, req }) => {
    const typed = typeof value === 'string' ? slugify(value) : ''
    if (typed) return typed
    const source = data?.[sourceField] ?? originalDoc?.[sourceField]
    const made = typeof source === 'string' ? slugify(source) : ''
    if (!made) return null
    return collection ? firstFreeSlug(req, collection.slug, made, originalDoc?.id) : made
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
    hooks: {
      ...hooks,
      beforeValidate: [fillSlugFrom(sourceField), ...(hooks?.beforeValidate ?? [])],
    },
  } as TextField
}
