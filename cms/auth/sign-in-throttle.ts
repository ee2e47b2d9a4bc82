import { SlidingWindow } from './sliding-window'

const SIGN_IN_WINDOW_MS = 15 * 60 * 1000
/**
 * Attempts allowed per 15 minutes. Per address: a whole office behind one NAT address shares it,
 * so it allows a few typos each. Per address and account: what a person mistyping their own
 * password needs. Per account, from all addresses together: beyond it only addresses the account
 * signed in from (or reset its password from) may still try, so a spread-out attack can guess
 * little and still cannot keep the owner out.
 */
export const SIGN_IN_LIMITS = { perAddress: 20, perAddressAndAccount: 5, perAccount: 20 } as const
/** How long an address that signed in to an account stays "known" for that account. */
const KNOWN_ADDRESS_MS = 30 * 24 * 60 * 60 * 1000
const MAX_KNOWN = 20_000

type Verdict =
  /** brakeEngaged: this attempt used up the account's allowance (worth one warning in the log). */
  { allowed: true; brakeEngaged: boolean } | { allowed: false; retryAfterSeconds: number }

const pairKey = (address: string, account: string) => `${address}\u0000${account}`
const accountKey = (email: string) => email.trim().toLowerCase()

/**
 * Sign-in throttling, in this process's memory: a restart forgets it, and two CMS processes
 * would each count separately (docs/security.md). Attempts are counted when they start, so
 * parallel requests cannot slip past a limit; a success takes its attempt back.
 */
class SignInThrottle {
  private readonly byAddress = new SlidingWindow(SIGN_IN_LIMITS.perAddress, SIGN_IN_WINDOW_MS)
  private readonly byPair = new SlidingWindow(
    SIGN_IN_LIMITS.perAddressAndAccount,
    SIGN_IN_WINDOW_MS,
  )
  private readonly byAccount = new SlidingWindow(SIGN_IN_LIMITS.perAccount, SIGN_IN_WINDOW_MS)
  private readonly known = new Map<string, number>()

  /** Decides whether an attempt may go ahead, and counts it if so. */
  begin(address: string, email: string, now = Date.now()): Verdict {
    const account = accountKey(email)
    const addressWait = this.byAddress.wait(address, now)
    const pairWait = this.byPair.wait(pairKey(address, account), now)
    const accountWait = this.isKnown(address, account, now) ? 0 : this.byAccount.wait(account, now)
    const wait = Math.max(addressWait, pairWait, accountWait)
    if (wait > 0) {
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(wait / 1000)) }
    }
    const accountWasOpen = this.byAccount.wait(account, now) === 0
    this.byAddress.add(address, now)
    this.byPair.add(pairKey(address, account), now)
    this.byAccount.add(account, now)
    return { allowed: true, brakeEngaged: accountWasOpen && this.byAccount.wait(account, now) > 0 }
  }

  succeeded(address: string, email: string, now = Date.now()): void {
    const account = accountKey(email)
    this.byAddress.removeOne(address)
    this.byAccount.removeOne(account)
    this.byPair.clear(pairKey(address, account))
    this.remember(address, account, now)
  }

  /**
   * The owner proved control of the account (a password reset, or an admin set a new password):
   * its counts start again, and the address the reset came from is known from now on.
   */
  recovered(email: string, address?: string, now = Date.now()): void {
    const account = accountKey(email)
    this.byAccount.clear(account)
    this.byPair.clearWhere((key) => key.endsWith(`\u0000${account}`))
    if (address) this.remember(address, account, now)
  }

  private isKnown(address: string, account: string, now: number): boolean {
    const until = this.known.get(pairKey(address, account))
    return until !== undefined && until > now
  }

  private remember(address: string, account: string, now: number): void {
    const key = pairKey(address, account)
    this.known.delete(key)
    this.known.set(key, now + KNOWN_ADDRESS_MS)
    for (const oldest of this.known.keys()) {
      if (this.known.size <= MAX_KNOWN) break
      this.known.delete(oldest)
    }
  }
}

/** The one throttle of this CMS process. */
export const signInThrottle = new SignInThrottle()
