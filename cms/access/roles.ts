import type { PayloadRequest } from 'payload'

export const ROLES = ['admin', 'editor', 'reporter'] as const
export type Role = (typeof ROLES)[number]

type MaybeUser = PayloadRequest['user'] | null | undefined

export const roleOf = (user: MaybeUser): Role | null => {
  const role = (user as { role?: unknown } | null | undefined)?.role
  return ROLES.includes(role as Role) ? (role as Role) : null
}

export const hasRole = (user: MaybeUser, ...roles: Role[]): boolean => {
  const role = roleOf(user)
  return role !== null && roles.includes(role)
}
