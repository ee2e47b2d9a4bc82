import type { Payload } from 'payload'

import type { Role } from '../../cms/access/roles'

export const PASSWORD = 'mat-khau-thu-nghiem-2026'

export interface StaffMember {
  id: number | string
  email: string
  role: Role
  token: string
}

export async function createStaffMember(
  payload: Payload,
  role: Role,
  name: string,
): Promise<StaffMember> {
  const email = `${name}@congan.test`
  const user = await payload.create({
    collection: 'users',
    data: { email, password: PASSWORD, role, name },
  })
  const { token } = await payload.login({
    collection: 'users',
    data: { email, password: PASSWORD },
  })
  return { id: user.id, email, role, token: token! }
}

/** One account per role, plus a second reporter to test "only their own". */
export async function createStaff(payload: Payload) {
  // The first account is always promoted to admin, so the admin comes first.
  const admin = await createStaffMember(payload, 'admin', 'admin')
  const editor = await createStaffMember(payload, 'editor', 'editor')
  const reporter = await createStaffMember(payload, 'reporter', 'reporter')
  const otherReporter = await createStaffMember(payload, 'reporter', 'reporter2')
  return { admin, editor, reporter, otherReporter }
}
