import type { CollectionAfterLoginHook } from 'payload'

import { recordAudit } from '../audit/record'

/** Every successful sign-in, admin form and REST alike. */
export const auditSignIn: CollectionAfterLoginHook = async ({ req, user }) => {
  if (req.context?.skipAudit) return user
  await recordAudit(req, {
    action: 'auth.signedIn',
    actor: { id: user.id, email: user.email },
    target: { id: user.id, title: user.email },
  })
  return user
}
