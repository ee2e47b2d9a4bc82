import type { PayloadRequest } from 'payload'

/** The roles, defined here only: every rule, field and endpoint asks through the helpers below. */
export const ROLES = ['admin', 'editor', 'reporter'] as const
export type Role = (typeof ROLES)[number]

export const ROLE_LABELS: Record<Role, { vi: string; en: string }> = {
  admin: { vi: 'Quản trị', en: 'Admin' },
  editor: { vi: 'Biên tập viên', en: 'Editor' },
  reporter: { vi: 'Phóng viên', en: 'Reporter' },
}

/** Who publishes, schedules, returns and takes over locks. */
const EDITOR_ROLES: readonly Role[] = ['editor', 'admin']

type MaybeUser = PayloadRequest['user'] | null | undefined

export const roleOf = (user: MaybeUser): Role | null => {
  const role = (user as { role?: unknown } | null | undefined)?.role
  return ROLES.includes(role as Role) ? (role as Role) : null
}

export const hasRole = (user: MaybeUser, ...roles: readonly Role[]): boolean => {
  const role = roleOf(user)
  return role !== null && roles.includes(role)
}

/** Any signed-in account with a role: reporters, editors, admins. */
export const isStaffUser = (user: MaybeUser): boolean => roleOf(user) !== null

/** Editors and admins. */
export const isEditorUser = (user: MaybeUser): boolean => hasRole(user, ...EDITOR_ROLES)

export const isReporterUser = (user: MaybeUser): boolean => hasRole(user, 'reporter')
