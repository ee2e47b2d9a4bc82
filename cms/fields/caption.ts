import type { FieldHook, TextareaField, TextareaFieldValidation } from 'payload'

type Overrides = Partial<Omit<TextareaField, 'type' | 'name'>>

/** The checkbox that frees an image from its caption: a wanted person's photo prints the name instead. */
export const NOTICE_PHOTO_FIELD = 'noticePhoto'

const isNoticePhoto = (siblingData: unknown, originalDoc?: unknown) => {
  const own = (siblingData as Record<string, unknown> | undefined)?.[NOTICE_PHOTO_FIELD]
  const stored = (originalDoc as Record<string, unknown> | undefined)?.[NOTICE_PHOTO_FIELD]
  return (own ?? stored) === true
}

// Every other image is printed with its caption under it, so it needs one.
const requireCaptionUnlessNoticePhoto: TextareaFieldValidation = (value, { siblingData }) =>
  isNoticePhoto(siblingData) || (typeof value === 'string' && value.trim() !== '')
    ? true
    : 'Hãy ghi chú thích ảnh (in dưới ảnh trên trang tin). Chỉ "Ảnh đối tượng truy nã" mới không cần chú thích.'

// The column stays NOT NULL and the site reads a string: a notice photo left empty stores ''.
const emptyForNoticePhoto: FieldHook = ({ value, siblingData, originalDoc }) =>
  (value === undefined || value === null) && isNoticePhoto(siblingData, originalDoc) ? '' : value

/** The media library's caption: required, except on a photo marked for a wanted notice. */
export function captionField(overrides: Overrides = {}): TextareaField {
  const { admin, hooks, ...rest } = overrides
  return {
    name: 'caption',
    type: 'textarea',
    // Keeps the column NOT NULL; the validation below decides when an empty caption is allowed.
    required: true,
    validate: requireCaptionUnlessNoticePhoto,
    label: { vi: 'Chú thích ảnh', en: 'Caption' },
    ...rest,
    admin: {
      description: {
        vi: 'In dưới ảnh trên trang tin. Ảnh đối tượng truy nã không cần chú thích.',
        en: 'Printed under the image. A wanted notice photo needs none.',
      },
      ...admin,
    },
    hooks: {
      ...hooks,
      beforeValidate: [emptyForNoticePhoto, ...(hooks?.beforeValidate ?? [])],
    },
  }
}
