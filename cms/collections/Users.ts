import type { CollectionConfig } from 'payload'

import { isAdmin } from '../access/isAdmin'
import { isAdminField } from '../access/isAdminField'
import { isAdminOrSelf } from '../access/isAdminOrSelf'
import { ROLES } from '../access/roles'
import { firstUserIsAdmin } from '../hooks/firstUserIsAdmin'
import { normalizeText } from '../hooks/normalizeText'
import { settings } from '../settings'

const ROLE_LABELS = {
  admin: { vi: 'Quản trị', en: 'Admin' },
  editor: { vi: 'Biên tập viên', en: 'Editor' },
  reporter: { vi: 'Phóng viên', en: 'Reporter' },
}

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: { vi: 'Tài khoản', en: 'User' }, plural: { vi: 'Tài khoản', en: 'Users' } },
  admin: { useAsTitle: 'email', defaultColumns: ['email', 'name', 'role'], group: { vi: 'Hệ thống', en: 'System' } },
  auth: {
    maxLoginAttempts: 5,
    lockTime: 15 * 60 * 1000,
    tokenExpiration: 8 * 60 * 60,
    cookies: { secure: settings.production, sameSite: 'Lax' },
  },
  access: {
    admin: ({ req }) => Boolean(req.user),
    read: isAdminOrSelf,
    create: isAdmin,
    update: isAdminOrSelf,
    delete: isAdmin,
    unlock: isAdmin,
  },
  hooks: { beforeValidate: [normalizeText] },
  fields: [
    { name: 'name', type: 'text', label: { vi: 'Họ và tên', en: 'Name' } },
    {
      name: 'role',
      type: 'select',
      required: true,
      // The first account (made on the first-user screen) is an admin; later ones start as reporters.
      defaultValue: ({ user }) => (user ? 'reporter' : 'admin'),
      saveToJWT: true,
      label: { vi: 'Vai trò', en: 'Role' },
      options: ROLES.map((value) => ({ value, label: ROLE_LABELS[value] })),
      // Nobody promotes themselves.
      access: { create: isAdminField, update: isAdminField },
      hooks: { beforeChange: [firstUserIsAdmin] },
    },
  ],
}
