import type { CollectionConfig } from 'payload'

import { isAdmin } from '../access/isAdmin'
import { isAdminField } from '../access/isAdminField'
import { isAdminOrSelf } from '../access/isAdminOrSelf'
import { ROLE_LABELS, ROLES } from '../access/roles'
import { throttledLoginEndpoint } from '../auth/login-endpoint'
import { RESET_EXPIRATION_MS, resetEmailHtml, resetEmailSubject } from '../auth/reset-email'
import { currentPasswordField } from '../fields/currentPassword'
import { auditAccountChange } from '../hooks/auditAccountChange'
import { auditAccountDelete } from '../hooks/auditAccountDelete'
import { auditSignIn } from '../hooks/auditSignIn'
import { checkPasswordPolicy } from '../hooks/checkPasswordPolicy'
import { firstUserIsAdmin } from '../hooks/firstUserIsAdmin'
import { normalizeText } from '../hooks/normalizeText'
import { releaseSignInBrake } from '../hooks/releaseSignInBrake'
import { requireCurrentPassword } from '../hooks/requireCurrentPassword'
import { settings } from '../settings'

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: { vi: 'Tài khoản', en: 'User' }, plural: { vi: 'Tài khoản', en: 'Users' } },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'name', 'role'],
    group: { vi: 'Hệ thống', en: 'System' },
  },
  auth: {
    // Payload's lock counts wrong passwords per account from anywhere: five from a stranger locked
    // the owner out, and its "locked" answer confirmed the email. The login endpoint throttles
    // by address and account instead (cms/auth/sign-in-throttle.ts, docs/security.md).
    maxLoginAttempts: 0,
    tokenExpiration: 8 * 60 * 60,
    cookies: { secure: settings.production, sameSite: 'Lax' },
    // The reset mail in Vietnamese, its link on SERVER_URL rather than the request's Host header.
    forgotPassword: {
      expiration: RESET_EXPIRATION_MS,
      generateEmailHTML: resetEmailHtml,
      generateEmailSubject: resetEmailSubject,
    },
  },
  access: {
    admin: ({ req }) => Boolean(req.user),
    read: isAdminOrSelf,
    create: isAdmin,
    update: isAdminOrSelf,
    delete: isAdmin,
    unlock: isAdmin,
  },
  endpoints: [throttledLoginEndpoint],
  hooks: {
    beforeOperation: [checkPasswordPolicy, requireCurrentPassword],
    beforeValidate: [normalizeText],
    afterOperation: [releaseSignInBrake],
    afterChange: [auditAccountChange],
    afterDelete: [auditAccountDelete],
    afterLogin: [auditSignIn],
  },
  fields: [
    // First, so it sits right under Payload's new password fields.
    currentPasswordField,
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
      // Not offered on the first-account screen: that account is the admin, which the screen says.
      admin: { components: { Field: '/components/RoleField#RoleField' } },
      hooks: { beforeChange: [firstUserIsAdmin] },
    },
  ],
}
