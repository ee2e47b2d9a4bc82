import { z } from 'zod'

import { ConfigError, type Env } from './env'

const signInEnv = z.object({
  TRUST_PROXY: z
    .enum(['true', 'false', ''], { message: 'TRUST_PROXY must be true or false' })
    .optional()
    .transform((value) => value === 'true'),
})

/** Sign-in settings (docs/security.md). */
interface SignInSettings {
  /**
   * Believe the address the reverse proxy in front of the CMS appends to X-Forwarded-For. Off, the
   * sign-in throttle uses the address of the connection itself.
   */
  trustProxy: boolean
}

export function readSignInEnv(env: Env): SignInSettings {
  const parsed = signInEnv.safeParse(env)
  if (!parsed.success)
    throw new ConfigError(parsed.error.issues.map((issue) => issue.message).join('; '))
  return { trustProxy: parsed.data.TRUST_PROXY }
}
