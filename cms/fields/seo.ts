import type { GroupField } from 'payload'

type Overrides = Partial<Omit<GroupField, 'type' | 'fields'>> & { fields?: GroupField['fields'] }

/** Search and social overrides; when empty the site falls back to the title, lead and hero image. */
export function seoFields(overrides: Overrides = {}): GroupField {
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
  } as GroupField
}
