import {
  addDataAndFileToRequest,
  addLocalesToRequestFromData,
  AuthenticationError,
  type Endpoint,
  headersWithCors,
  loginOperation,
  type PayloadRequest,
} from 'payload'
import { generatePayloadCookie } from 'payload/shared'

import { recordAuditAlone } from '../audit/record'
import { settings } from '../settings'
import { clientAddress } from './client-address'
import { spendPasswordCheck } from './password-hash'
import { SIGN_IN_LIMITS, signInThrottle } from './sign-in-throttle'

const USERS = 'users'

export function tooManyAttemptsMessage(retryAfterSeconds: number): string {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60))
  return (
    `Quá nhiều lần đăng nhập sai. Vui lòng thử lại sau khoảng ${minutes} phút. ` +
    'Nếu quên mật khẩu, hãy chọn "Quên mật khẩu" hoặc nhờ quản trị viên đặt lại.'
  )
}

function tooManyAttempts(req: PayloadRequest, retryAfterSeconds: number): Response {
  return Response.json(
    { errors: [{ message: tooManyAttemptsMessage(retryAfterSeconds) }] },
    {
      status: 429,
      headers: headersWithCors({
        headers: new Headers({ 'Retry-After': String(retryAfterSeconds) }),
        req,
      }),
    },
  )
}

/**
 * An unknown email answers exactly like a wrong password, after the same password-hashing work,
 * so neither the message nor the time says which emails have accounts. Payload's own lock is off
 * (Users.ts): its "locked" answer confirmed an email and let anyone lock anyone out.
 */
async function signIn(req: PayloadRequest, email: string, password: string) {
  const collection = req.payload.collections[USERS]
  const sanitized = email.toLowerCase().trim()
  if (sanitized && password.trim()) {
    const existing = await req.payload.db.findOne({
      collection: USERS,
      where: { email: { equals: sanitized } },
    })
    if (!existing) {
      await spendPasswordCheck(password)
      throw new AuthenticationError(req.t)
    }
  }
  const depth = req.searchParams.get('depth')
  return loginOperation({
    collection,
    data: { email, password },
    depth: depth && /^\d+$/.test(depth) ? Number(depth) : undefined,
    req,
  })
}

/**
 * POST /api/users/login, in place of Payload's: throttled by client address, by address and
 * account, and by account (sign-in-throttle.ts). The admin's login form posts here as well.
 */
export const throttledLoginEndpoint: Endpoint = {
  path: '/login',
  method: 'post',
  handler: async (req) => {
    await addDataAndFileToRequest(req)
    addLocalesToRequestFromData(req)
    const email = typeof req.data?.email === 'string' ? req.data.email : ''
    const password = typeof req.data?.password === 'string' ? req.data.password : ''
    const address = clientAddress(req.headers, settings.signIn.trustProxy)
    const verdict = signInThrottle.begin(address, email)
    if (!verdict.allowed) return tooManyAttempts(req, verdict.retryAfterSeconds)
    if (verdict.brakeEngaged) {
      req.payload.logger.warn(
        `Sign-in: ${email.trim().toLowerCase()} had ${SIGN_IN_LIMITS.perAccount} attempts in 15 minutes; ` +
          'for now only addresses it signed in from may try again',
      )
    }
    const result = await signIn(req, email, password).catch(async (error: unknown) => {
      if (error instanceof AuthenticationError) {
        // Its own transaction: the failed sign-in's request writes nothing else.
        await recordAuditAlone(req.payload, {
          action: 'auth.signInFailed',
          detail: `Email đã nhập: ${email.trim().toLowerCase() || '(trống)'}; địa chỉ: ${address}`,
        })
      }
      throw error
    })
    signInThrottle.succeeded(address, email)
    const collectionAuth = req.payload.collections[USERS].config.auth
    const cookie = generatePayloadCookie({
      collectionAuthConfig: collectionAuth,
      cookiePrefix: req.payload.config.cookiePrefix,
      token: result.token!,
    })
    if (collectionAuth.removeTokenFromResponses) delete result.token
    return Response.json(
      { message: req.t('authentication:passed'), ...result },
      {
        status: 200,
        headers: headersWithCors({ headers: new Headers({ 'Set-Cookie': cookie }), req }),
      },
    )
  },
}
