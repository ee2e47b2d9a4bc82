import type { Field, GroupField } from 'payload'

type Overrides = {
  name?: string
  label?: GroupField['label']
  admin?: GroupField['admin']
  /** Appended after the standard SEO fields. */
  fields?: Field[]
}

/** Search and social overrides; when empty the site falls back to the title, lead and hero image. */
export function seoFields(overrides: Overrides = {}): GroupField & { name: string } {
  const { fields = [], admin, ...rest } = overrides
  return {
    name: 'seo',
    type: 'group',
    label: { vi: 'SEO và chia sẻ', en: 'SEO and sharing' },
    ...rest,
    admin: { ...admin },
    fields: [
      {
        name: 'metaTitle',
        type: 'text',
        label: { vi: 'Tiêu đề SEO', en: 'Meta title' },
        maxLength: 70,
      },
      {
        name: 'metaDescription',
        type: 'textarea',
        label: { vi: 'Mô tả SEO', en: 'Meta description' },
        maxLength: 200,
      },
      {
        name: 'image',
        type: 'upload',
        relationTo: 'media',
        label: { vi: 'Ảnh chia sẻ mạng xã hội', en: 'Social image' },
      },
      ...fields,
    ],
  } as GroupField & { name: string }
}
