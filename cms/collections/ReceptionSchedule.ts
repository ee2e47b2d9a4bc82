import type { CollectionConfig } from 'payload'

import { publishedOrStaff } from '../access/publishedOrStaff'
import { createdByField } from '../fields/createdBy'
import { DAY } from '../fields/dates'
import { cleanText } from '../hooks/cleanText'
import { normalizeText } from '../hooks/normalizeText'
import { rememberPublicState } from '../hooks/rememberPublicState'
import { requestRebuildOnArticleChange } from '../hooks/requestRebuildOnArticleChange'
import { requestRebuildOnArticleDelete } from '../hooks/requestRebuildOnArticleDelete'
import { publishable, publishableWriters } from './publishable'

/**
 * Lịch tiếp công dân: one entry per reception session. The site shows the current and next week
 * and keeps past weeks in an archive (docs/content-types.md). Drafts, roles and rebuilds as articles.
 */
export const ReceptionSchedule: CollectionConfig = {
  slug: 'reception-schedule',
  labels: {
    singular: { vi: 'Buổi tiếp công dân', en: 'Reception session' },
    plural: { vi: 'Lịch tiếp công dân', en: 'Citizen reception schedule' },
  },
  admin: {
    useAsTitle: 'subject',
    defaultColumns: ['date', 'time', 'leader', 'place', '_status'],
    listSearchableFields: ['leader', 'subject'],
    group: { vi: 'Nội dung', en: 'Content' },
  },
  access: { read: publishedOrStaff, ...publishableWriters },
  ...publishable,
  hooks: {
    beforeOperation: [cleanText],
    beforeValidate: [normalizeText],
    beforeChange: [rememberPublicState],
    afterChange: [requestRebuildOnArticleChange],
    afterDelete: [requestRebuildOnArticleDelete],
  },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'date',
          type: 'date',
          required: true,
          index: true,
          label: { vi: 'Ngày', en: 'Date' },
          // Noon, Vietnam time: the calendar day is the same in every time zone the site may build in.
          admin: { date: DAY },
        },
        {
          name: 'time',
          type: 'text',
          required: true,
          label: { vi: 'Thời gian', en: 'Time' },
          admin: { placeholder: 'Sáng, 7 giờ 30 – 11 giờ' },
        },
      ],
    },
    { name: 'leader', type: 'text', required: true, label: { vi: 'Lãnh đạo tiếp', en: 'Leader' } },
    { name: 'place', type: 'text', required: true, label: { vi: 'Địa điểm', en: 'Place' } },
    {
      name: 'subject',
      type: 'textarea',
      required: true,
      label: { vi: 'Nội dung tiếp', en: 'Subject' },
    },
    createdByField(),
  ],
}
