import type { CollectionConfig } from 'payload'

import { anyone } from '../access/anyone'
import { isEditor } from '../access/isEditor'
import { validateNoParentLoop } from '../fields/parent'
import { slugField } from '../fields/slug'
import { checkReferencesExist } from '../hooks/checkReferencesExist'
import { cleanText } from '../hooks/cleanText'
import { normalizeText } from '../hooks/normalizeText'
import { refuseDeleteWhileLive } from '../hooks/refuseDeleteWhileLive'
import { requestRebuildOnShownChange } from '../hooks/requestRebuildOnShownChange'
import { requestRebuildOnShownDelete } from '../hooks/requestRebuildOnShownDelete'

export const Categories: CollectionConfig = {
  slug: 'categories',
  labels: {
    singular: { vi: 'Chuyên mục', en: 'Category' },
    plural: { vi: 'Chuyên mục', en: 'Categories' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'slug', 'parent'],
    group: { vi: 'Nội dung', en: 'Content' },
  },
  access: { read: anyone, create: isEditor, update: isEditor, delete: isEditor },
  hooks: {
    beforeOperation: [cleanText],
    beforeValidate: [normalizeText],
    beforeChange: [
      checkReferencesExist([{ path: 'parent', collection: 'categories', label: 'Chuyên mục cha' }]),
    ],
    beforeDelete: [
      refuseDeleteWhileLive({
        fields: ['category'],
        noun: 'chuyên mục',
        remedy: 'chuyển các bài đó sang chuyên mục khác (hoặc gỡ bài xuống)',
      }),
    ],
    afterChange: [requestRebuildOnShownChange()],
    afterDelete: [requestRebuildOnShownDelete()],
  },
  fields: [
    { name: 'name', type: 'text', required: true, label: { vi: 'Tên chuyên mục', en: 'Name' } },
    slugField('name'),
    { name: 'description', type: 'textarea', label: { vi: 'Mô tả', en: 'Description' } },
    {
      name: 'parent',
      type: 'relationship',
      relationTo: 'categories',
      label: { vi: 'Chuyên mục cha', en: 'Parent' },
      filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
      validate: validateNoParentLoop,
    },
    {
      name: 'order',
      type: 'number',
      defaultValue: 100,
      label: { vi: 'Thứ tự hiển thị', en: 'Order' },
      admin: { position: 'sidebar' },
    },
  ],
}
