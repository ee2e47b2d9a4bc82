import { readEnv } from './env'
import { readEmailEnv } from './env-email'
import { readSignInEnv } from './env-sign-in'

/** The CMS's validated settings, read once from the environment (see .env.example). */
export const settings = {
  ...readEnv(),
  signIn: readSignInEnv(process.env),
  email: readEmailEnv(process.env),
}
