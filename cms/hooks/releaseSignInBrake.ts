import type { CollectionAfterOperationHook } from 'payload'

import { clientAddress } from '../auth/client-address'
import { signInThrottle } from '../auth/sign-in-throttle'
import { settings } from '../settings'

/**
 * Whoever completes a password reset controls the account's mailbox: the account's sign-in counts
 * start again and the address the reset came from may sign in even while strangers keep guessing.
 * An admin setting a new password also starts the counts again. Runs whatever req.context says.
 */
export const releaseSignInBrake: CollectionAfterOperationHook = ({
  args,
  operation,
  req,
  result,
}) => {
  if (operation === 'resetPassword') {
    const email = (result as { user?: { email?: unknown } } | undefined)?.user?.email
    if (typeof email === 'string')
      signInThrottle.recovered(email, clientAddress(req.headers, settings.signIn.trustProxy))
  }
  const password = (args as { data?: { password?: unknown } }).data?.password
  if (operation === 'updateByID' && typeof password === 'string' && password) {
    const email = (result as { email?: unknown } | undefined)?.email
    if (typeof email === 'string') signInThrottle.recovered(email)
  }
  return result
}
