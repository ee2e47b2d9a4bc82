import {
  APIError,
  type CollectionBeforeOperationHook,
  type PayloadRequest,
  ValidationError,
} from 'payload'

import { clientAddress } from '../auth/client-address'
import { tooManyAttemptsMessage } from '../auth/login-endpoint'
import { passwordMatches, type StoredPassword } from '../auth/password-hash'
import { signInThrottle } from '../auth/sign-in-throttle'
import { settings } from '../settings'

const LABELS: Record<string, string> = {
  password: 'Mật khẩu mới',
  currentPassword: 'Mật khẩu hiện tại',
}

/** Refused on the field, named in Vietnamese in the admin's message ("Field sau không hợp lệ: …"). */
const invalid = (req: PayloadRequest, slug: string, path: string, message: string) =>
  new ValidationError(
    { collection: slug, req, errors: [{ path, message, label: LABELS[path] }] },
    req.t,
  )

/**
 * Someone holding a signed-in session (a borrowed computer, a stolen cookie) must not be able to
 * take the account over by changing its password: changing one's own password needs the current
 * one. Payload then ends the account's other sessions and keeps this one. An admin setting another
 * account's password needs no password of theirs. Bulk updates never change passwords: they
 * would skip this check. Runs whatever req.context says; the Local API without a user (scripts)
 * is not asked.
 */
export const requireCurrentPassword: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  req,
}) => {
  if (operation !== 'update') return args
  // updateByID's arguments carry the id; a bulk update's carry a where instead.
  const id = (args as { id?: number | string }).id
  const data = args.data as Record<string, unknown> | undefined
  const password = data?.password
  const current = data?.currentPassword
  if (data) delete data.currentPassword
  if (typeof password !== 'string' || password === '') return args
  if (id === undefined) {
    throw invalid(
      req,
      collection.slug,
      'password',
      'Mật khẩu chỉ đổi được cho từng tài khoản một, không đổi hàng loạt.',
    )
  }
  const user = req.user
  if (!user || user.collection !== collection.slug || String(user.id) !== String(id)) return args
  if (typeof current !== 'string' || current === '') {
    throw invalid(
      req,
      collection.slug,
      'currentPassword',
      'Nhập mật khẩu hiện tại để đổi sang mật khẩu mới.',
    )
  }
  // Guessing the current password is guessing a password: it counts like a sign-in.
  const address = clientAddress(req.headers, settings.signIn.trustProxy)
  const verdict = signInThrottle.begin(address, user.email ?? String(user.id))
  if (!verdict.allowed)
    throw new APIError(tooManyAttemptsMessage(verdict.retryAfterSeconds), 429, undefined, true)
  const stored = await req.payload.db.findOne<StoredPassword & { id: number | string }>({
    collection: collection.slug,
    where: { id: { equals: user.id } },
  })
  if (!stored || !(await passwordMatches(stored, current))) {
    throw invalid(req, collection.slug, 'currentPassword', 'Mật khẩu hiện tại không đúng.')
  }
  signInThrottle.succeeded(address, user.email ?? String(user.id))
  return args
}
