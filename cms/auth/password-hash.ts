import { pbkdf2, randomBytes, timingSafeEqual } from 'node:crypto'
import { promisify } from 'node:util'

const derive = promisify(pbkdf2)

/**
 * Payload 3.90's stored hash formats (payload/dist/auth/strategies/local/generatePasswordSaltHash.js):
 * "pbkdf2-sha256-v1:<hex>" with 600,000 rounds and 32 bytes, or the legacy bare hex with 25,000
 * rounds and 512 bytes. Payload does not export its checker, and calling payload.login to check a
 * current password would open a session.
 */
const CURRENT_PREFIX = 'pbkdf2-sha256-v1:'
const CURRENT = { iterations: 600_000, keyLength: 32 }
const LEGACY = { iterations: 25_000, keyLength: 512 }

export interface StoredPassword {
  hash?: unknown
  salt?: unknown
}

export async function passwordMatches(stored: StoredPassword, password: string): Promise<boolean> {
  if (typeof stored.hash !== 'string' || typeof stored.salt !== 'string') return false
  const current = stored.hash.startsWith(CURRENT_PREFIX)
  const { iterations, keyLength } = current ? CURRENT : LEGACY
  const expected = Buffer.from(
    current ? stored.hash.slice(CURRENT_PREFIX.length) : stored.hash,
    'hex',
  )
  const actual = await derive(password, stored.salt, iterations, keyLength, 'sha256')
  return actual.length === expected.length && timingSafeEqual(actual, expected)
}

const DUMMY_SALT = randomBytes(32).toString('hex')

/**
 * Spends the time a real password check takes, for an email no account has: a wrong email must
 * not answer faster than a wrong password, or the timing tells which emails exist.
 */
export async function spendPasswordCheck(password: string): Promise<void> {
  await derive(password, DUMMY_SALT, CURRENT.iterations, CURRENT.keyLength, 'sha256')
}
