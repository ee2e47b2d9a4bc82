import { ROLES, type Role } from '../../cms/access/roles'

export interface NewUser {
  email: string
  role: Role
  name?: string
}

/** Checks the command-line values; returns the problems in plain words, none when fine. */
export function checkNewUser(values: {
  email?: string
  role?: string
  name?: string
}): NewUser | string[] {
  const problems: string[] = []
  const email = values.email?.trim().toLowerCase()
  if (!email) problems.push('--email is required')
  else if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))
    problems.push(`--email "${values.email}" is not an email address`)
  const role = values.role ?? 'reporter'
  if (!ROLES.includes(role as Role))
    problems.push(`--role must be one of ${ROLES.join(', ')}; got "${role}"`)
  if (problems.length) return problems
  return { email: email!, role: role as Role, name: values.name?.trim() || undefined }
}
