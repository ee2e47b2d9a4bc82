import type { CollectionConfig } from 'payload'

import { isEditor } from '../access/isEditor'
import { nobody } from '../access/nobody'
import { publicAuthorOrStaff } from '../access/publicAuthorOrStaff'
import { slugField } from '../fields/slug'
import { checkReferencesExist } from '../hooks/checkReferencesExist'
import { cleanText } from '../hooks/cleanText'
import { normalizeText } from '../hooks/normalizeText'
import { refuseDeleteWhileLive } from '../hooks/refuseDeleteWhileLive'
import { requestRebuildOnShownChange } from '../hooks/requestRebuildOnShownChange'
import { requestRebuildOnShownDelete } from '../hooks/requestRebuildOnShownDelete'

export const Authors: CollectionConfig = {
  slug: 'authors',
  labels: { singular: { vi: 'Tác giả', en: 'Author' }, plural: { vi: 'Tác giả', en: 'Authors' } },
  admin: {
    useAsTitle: 'byline',
    defaultColumns: ['byline', 'fullName', 'unit'],
    group: { vi: 'Nội dung', en: 'Content' },
  },
  // Names, units and bios of staff never credited on a public article are not the public's business.
  access: { read: publicAuthorOrStaff, create: isEditor, update: isEditor, delete: isEditor },
  hooks: {
    beforeOperation: [cleanText],
    beforeValidate: [normalizeText],
    beforeChange: [
      checkReferencesExist([{ path: 'photo', collection: 'media', label: 'Ảnh chân dung' }]),
    ],
    beforeDelete: [
      refuseDeleteWhileLive({
        fields: ['authors'],
        noun: 'tác giả',
        remedy: 'chuyển các bài đó sang tác giả khác (hoặc gỡ bài xuống)',
      }),
    ],
    afterChange: [requestRebuildOnShownChange()],
    afterDelete: [requestRebuildOnShownDelete()],
  },
  fields: [
    { name: 'fullName', type: 'text', required: true, label: { vi: 'Họ và tên', en: 'Full name' } },
    {
      name: 'byline',
      type: 'text',
      required: true,
      label: { vi: 'Bút danh (in cuối bài)', en: 'Byline' },
      admin: {
        description: {
          vi: 'Như in dưới bài viết: "BH", "Hương Dịu"…',
          en: 'As printed under articles.',
        },
      },
    },
    { name: 'unit', type: 'text', label: { vi: 'Đơn vị', en: 'Unit' } },
    {
      name: 'photo',
      type: 'upload',
      relationTo: 'media',
      label: { vi: 'Ảnh chân dung', en: 'Photo' },
    },
    { name: 'bio', type: 'textarea', label: { vi: 'Giới thiệu', en: 'Bio' } },
    slugField('byline'),
    {
      name: 'isPublic',
      type: 'checkbox',
      defaultValue: false,
      label: { vi: 'Được ghi tên trên bài công khai', en: 'Credited on a public article' },
      // Set only by refreshPublicVisibility, from the articles that are public now.
      access: { create: nobody, update: nobody },
      admin: { readOnly: true, position: 'sidebar' },
    },
  ],
}
