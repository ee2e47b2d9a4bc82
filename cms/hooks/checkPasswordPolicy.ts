import { type CollectionBeforeOperationHook, ValidationError } from 'payload'

import { passwordProblem } from '../auth/password-policy'

/**
 * Every new password meets the policy (cms/auth/password-policy.ts): accounts made in the admin,
 * on the first-user screen, by npm run user:create or an import; changed passwords; and resets,
 * whose password never reaches the collection's other hooks. Runs whatever req.context says.
 */
export const checkPasswordPolicy: CollectionBeforeOperationHook = ({
  args,
  collection,
  operation,
}) => {
  if (operation !== 'create' && operation !== 'update' && operation !== 'resetPassword') return args
  const password = (args.data as { password?: unknown } | undefined)?.password
  // No password in an update leaves the old one; a create without one is refused by Payload.
  if (password === undefined || (operation === 'update' && password === '')) return args
  const problem = passwordProblem(password)
  if (problem)
    throw new ValidationError({
      collection: collection.slug,
      errors: [{ path: 'password', message: problem }],
    })
  return args
}
