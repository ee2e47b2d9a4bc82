import type { CollectionConfig } from 'payload'

import { canReadAuditLog } from '../access/canReadAuditLog'
import { nobody } from '../access/nobody'
import { AUDIT_ACTIONS } from '../audit/actions'

/**
 * Who did what, when (docs/newsroom.md). Written only by the CMS itself (cms/audit/record.ts);
 * nobody creates, edits or deletes an entry through the API or the admin.
 */
export const AuditLog: CollectionConfig = {
  slug: 'audit-log',
  labels: {
    singular: { vi: 'Nhật ký', en: 'Audit entry' },
    plural: { vi: 'Nhật ký hoạt động', en: 'Audit log' },
  },
  admin: {
    useAsTitle: 'summary',
    defaultColumns: ['createdAt', 'summary', 'actorEmail', 'detail'],
    group: { vi: 'Hệ thống', en: 'System' },
    listSearchableFields: ['summary', 'actorEmail', 'targetTitle'],
  },
  defaultSort: '-createdAt',
  access: { read: canReadAuditLog, create: nobody, update: nobody, delete: nobody },
  fields: [
    {
      name: 'action',
      type: 'select',
      required: true,
      index: true,
      label: { vi: 'Việc', en: 'Action' },
      options: Object.entries(AUDIT_ACTIONS).map(([value, vi]) => ({
        value,
        label: { vi, en: value },
      })),
    },
    {
      name: 'kind',
      type: 'select',
      required: true,
      index: true,
      label: { vi: 'Loại', en: 'Kind' },
      options: [
        { value: 'article', label: { vi: 'Bài viết', en: 'Article' } },
        { value: 'auth', label: { vi: 'Đăng nhập', en: 'Sign-in' } },
        { value: 'account', label: { vi: 'Tài khoản', en: 'Account' } },
      ],
    },
    { name: 'summary', type: 'text', label: { vi: 'Nội dung', en: 'Summary' } },
    {
      name: 'actor',
      type: 'relationship',
      relationTo: 'users',
      label: { vi: 'Người thực hiện', en: 'Actor' },
    },
    // Kept as text too: the entry still names the person after their account is deleted.
    { name: 'actorEmail', type: 'text', label: { vi: 'Email người thực hiện', en: 'Actor email' } },
    {
      name: 'targetId',
      type: 'text',
      index: true,
      label: { vi: 'Mã bài hoặc tài khoản', en: 'Target id' },
    },
    { name: 'targetTitle', type: 'text', label: { vi: 'Tên bài hoặc tài khoản', en: 'Target' } },
    { name: 'detail', type: 'textarea', label: { vi: 'Chi tiết', en: 'Detail' } },
  ].map((field) => ({ ...field, admin: { readOnly: true } })) as CollectionConfig['fields'],
}
