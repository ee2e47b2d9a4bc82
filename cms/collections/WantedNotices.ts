import type { CollectionConfig } from 'payload'

import { currentNoticeOrStaff } from '../access/currentNoticeOrStaff'
import { isStaffField } from '../access/isStaffField'
import { createdByField } from '../fields/createdBy'
import { DAY, DAY_AND_TIME, vietnamTimezone } from '../fields/dates'
import { slugField } from '../fields/slug'
import { checkReferencesExist, type Reference } from '../hooks/checkReferencesExist'
import { cleanText } from '../hooks/cleanText'
import { normalizeText } from '../hooks/normalizeText'
import { onNoticeDelete } from '../hooks/onNoticeDelete'
import { refreshVisibilityOnNoticeChange } from '../hooks/refreshVisibilityOnNoticeChange'
import { rememberNoticeState } from '../hooks/rememberNoticeState'
import { requestRebuildOnNoticeChange } from '../hooks/requestRebuildOnNoticeChange'
import { publishable, publishableWriters } from './publishable'

const REFERENCES: Reference[] = [{ path: 'photo', collection: 'media', label: 'Ảnh đối tượng' }]

/**
 * Truy nã: the same drafts, versions, schedule, trash and roles as articles. A notice is public
 * only while it is `wanted` and not past `expiresAt` (access/currentNoticeOrStaff.ts); leaving
 * that state takes its page, photo, search record and feed entry off the site (docs/content-types.md).
 */
export const WantedNotices: CollectionConfig = {
  slug: 'wanted-notices',
  labels: {
    singular: { vi: 'Lệnh truy nã', en: 'Wanted notice' },
    plural: { vi: 'Truy nã', en: 'Wanted notices' },
  },
  admin: {
    useAsTitle: 'fullName',
    defaultColumns: ['fullName', 'status', 'decisionNumber', '_status', 'expiresAt'],
    listSearchableFields: ['fullName', 'decisionNumber'],
    group: { vi: 'Nội dung', en: 'Content' },
  },
  access: { read: currentNoticeOrStaff, ...publishableWriters },
  ...publishable,
  hooks: {
    beforeOperation: [cleanText],
    beforeValidate: [normalizeText],
    beforeChange: [checkReferencesExist(REFERENCES), rememberNoticeState],
    // Rebuild first: the visibility hook clears what rememberNoticeState noted.
    afterChange: [requestRebuildOnNoticeChange, refreshVisibilityOnNoticeChange],
    afterDelete: [onNoticeDelete],
  },
  fields: [
    {
      name: 'fullName',
      type: 'text',
      required: true,
      maxLength: 200,
      label: { vi: 'Họ và tên', en: 'Full name' },
    },
    { name: 'otherNames', type: 'text', label: { vi: 'Tên gọi khác', en: 'Other names' } },
    {
      type: 'row',
      fields: [
        {
          name: 'birthYear',
          type: 'number',
          min: 1900,
          max: 2100,
          label: { vi: 'Năm sinh', en: 'Year of birth' },
        },
        {
          name: 'sex',
          type: 'select',
          label: { vi: 'Giới tính', en: 'Sex' },
          options: [
            { label: { vi: 'Nam', en: 'Male' }, value: 'male' },
            { label: { vi: 'Nữ', en: 'Female' }, value: 'female' },
          ],
        },
      ],
    },
    {
      name: 'residence',
      type: 'text',
      label: { vi: 'Nơi đăng ký thường trú', en: 'Registered residence' },
    },
    {
      name: 'photo',
      type: 'upload',
      relationTo: 'media',
      label: { vi: 'Ảnh đối tượng', en: 'Photo' },
      admin: {
        description: {
          vi: 'Ảnh chỉ công khai khi lệnh còn hiệu lực. Khi tải ảnh mới, chọn "Ảnh đối tượng truy nã" để không phải ghi chú thích.',
          en: 'Public only while the notice is current. When uploading, tick "Wanted notice photo": no caption needed.',
        },
      },
    },
    { name: 'offence', type: 'textarea', required: true, label: { vi: 'Tội danh', en: 'Offence' } },
    {
      type: 'row',
      fields: [
        {
          name: 'decisionNumber',
          type: 'text',
          required: true,
          label: { vi: 'Số quyết định truy nã', en: 'Decision number' },
        },
        {
          name: 'decisionDate',
          type: 'date',
          required: true,
          label: { vi: 'Ngày ra quyết định', en: 'Decision date' },
          admin: { date: DAY },
        },
      ],
    },
    {
      name: 'issuingUnit',
      type: 'text',
      required: true,
      label: { vi: 'Đơn vị ra quyết định', en: 'Issuing unit' },
    },
    {
      name: 'contactPhone',
      type: 'text',
      label: { vi: 'Số điện thoại liên hệ', en: 'Contact phone' },
    },
    {
      name: 'status',
      type: 'select',
      // PostgreSQL: the default name, enum_wanted_notices_status, is already the drafts' `_status` enum.
      enumName: 'enum_wanted_notices_notice_status',
      required: true,
      defaultValue: 'wanted',
      index: true,
      label: { vi: 'Tình trạng', en: 'Status' },
      options: [
        { label: { vi: 'Đang truy nã', en: 'Wanted' }, value: 'wanted' },
        { label: { vi: 'Đã bắt giữ / đầu thú', en: 'Caught' }, value: 'caught' },
        { label: { vi: 'Đã đình nã / thu hồi', en: 'Withdrawn' }, value: 'withdrawn' },
      ],
      admin: {
        position: 'sidebar',
        description: {
          vi: 'Khi không còn "Đang truy nã", lệnh và ảnh được gỡ khỏi trang công khai ngay.',
          en: 'Any other status takes the notice and its photo off the public site at once.',
        },
      },
    },
    {
      name: 'expiresAt',
      type: 'date',
      index: true,
      label: { vi: 'Hết hạn đăng', en: 'Expires at' },
      timezone: vietnamTimezone(),
      admin: {
        position: 'sidebar',
        date: DAY_AND_TIME,
        description: {
          vi: 'Không bắt buộc. Quá hạn, lệnh tự gỡ khỏi trang.',
          en: 'Optional. Past it, the notice leaves the site.',
        },
      },
    },
    slugField('fullName'),
    {
      // Set by hooks and the expiry job only: whether the notice is on the public site now.
      name: 'onSite',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      label: { vi: 'Đang hiển thị công khai', en: 'On the public site' },
      access: { read: isStaffField, create: () => false, update: () => false },
      admin: { readOnly: true, position: 'sidebar' },
    },
    createdByField(),
  ],
}
