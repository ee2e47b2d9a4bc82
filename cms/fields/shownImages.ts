import type { Field } from 'payload'

import { isStaffField } from '../access/isStaffField'
import { nobody } from '../access/nobody'
import { setShownImages } from '../hooks/setShownImages'

/** Derived, never edited: the images this article shows, which decides whether the public may load them. */
export const shownImagesField = (): Field => ({
  name: 'shownImages',
  type: 'relationship',
  relationTo: 'media',
  hasMany: true,
  maxDepth: 0,
  label: { vi: 'Ảnh bài viết hiển thị', en: 'Images shown' },
  access: { read: isStaffField, create: nobody, update: nobody },
  hooks: { beforeChange: [setShownImages] },
  admin: { hidden: true },
})
