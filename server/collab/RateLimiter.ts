/** A token bucket: `ratePerSecond` tokens flow in, at most `burst` are held. */
export class RateLimiter {
  private tokens: number
  private lastRefill: number

  constructor(
    private readonly ratePerSecond: number,
    private readonly burst: number,
    private readonly now: () => number = Date.now,
  ) {
    this.tokens = burst
    this.lastRefill = now()
  }

  /** Takes `cost` tokens if there are enough; false means the caller is over its limit. */
  take(cost = 1): boolean {
    const now = this.now()
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.lastRefill) / 1000) * this.ratePerSecond)
    this.lastRefill = now
    if (this.tokens < cost) return false
    this.tokens -= cost
    return true
  }
}
