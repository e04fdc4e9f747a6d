export interface SignInThrottleOptions {
  /** Failed sign-ins an account may have before each further attempt must wait. */
  accountFailuresBeforeDelay: number
  /** The same for one client address, over all the accounts it tries. */
  addressFailuresBeforeDelay: number
  /** The first wait; it doubles with every further failure. */
  baseDelayMs: number
  maxDelayMs: number
  /** A counter without failures for this long starts again from zero. */
  forgetAfterMs: number
  /** Counters kept at most (the least recently failed go first), so that made-up names cannot fill the memory. */
  maxEntries: number
  now: () => number
}

interface FailureCounter {
  failures: number
  lastFailureAt: number
  blockedUntil: number
}

const defaults: SignInThrottleOptions = {
  accountFailuresBeforeDelay: 5,
  addressFailuresBeforeDelay: 20,
  baseDelayMs: 1_000,
  maxDelayMs: 15 * 60 * 1000,
  forgetAfterMs: 60 * 60 * 1000,
  maxEntries: 100_000,
  now: Date.now,
}

/**
 * Exponential back-off for failed sign-ins, counted per account and per client address. A successful
 * sign-in clears the account's counter only: an attacker who knows one password cannot reset the counter
 * of the address it guesses other accounts' passwords from. Kept in memory, per server instance.
 */
export class SignInThrottle {
  private readonly options: SignInThrottleOptions
  private readonly counters = new Map<string, FailureCounter>()

  constructor(options: Partial<SignInThrottleOptions> = {}) {
    this.options = { ...defaults, ...options }
  }

  /** Milliseconds until this account may be tried from this address again; 0 if it may now. */
  waitMs(username: string, address: string): number {
    const now = this.options.now()
    return Math.max(0, ...[accountKey(username), addressKey(address)].map((key) => (this.current(key, now)?.blockedUntil ?? 0) - now))
  }

  recordFailure(username: string, address: string): void {
    const now = this.options.now()
    this.count(accountKey(username), this.options.accountFailuresBeforeDelay, now)
    this.count(addressKey(address), this.options.addressFailuresBeforeDelay, now)
  }

  recordSuccess(username: string): void {
    this.counters.delete(accountKey(username))
  }

  private count(key: string, failuresBeforeDelay: number, now: number) {
    const counter = this.current(key, now) ?? { failures: 0, lastFailureAt: now, blockedUntil: 0 }
    counter.failures += 1
    counter.lastFailureAt = now
    if (counter.failures >= failuresBeforeDelay) {
      const doublings = Math.min(counter.failures - failuresBeforeDelay, 30)
      counter.blockedUntil = now + Math.min(this.options.maxDelayMs, this.options.baseDelayMs * 2 ** doublings)
    }
    // Re-inserted, so that the map's order is the order of the last failures.
    this.counters.delete(key)
    this.counters.set(key, counter)
    for (const oldest of this.counters.keys()) {
      if (this.counters.size <= this.options.maxEntries) break
      this.counters.delete(oldest)
    }
  }

  private current(key: string, now: number): FailureCounter | null {
    const counter = this.counters.get(key)
    if (!counter) return null
    if (now - counter.lastFailureAt > this.options.forgetAfterMs && now >= counter.blockedUntil) {
      this.counters.delete(key)
      return null
    }
    return counter
  }
}

function accountKey(username: string): string {
  return `account:${username.toLowerCase()}`
}

function addressKey(address: string): string {
  return `address:${address}`
}
