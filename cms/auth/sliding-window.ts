/**
 * Counts events per key over the last `windowMs`, in memory. Bounded: past `maxKeys` the oldest
 * keys are dropped, so a flood of made-up emails or addresses cannot fill the CMS's memory.
 */
export class SlidingWindow {
  private readonly hits = new Map<string, number[]>()

  constructor(
    readonly limit: number,
    readonly windowMs: number,
    private readonly maxKeys = 50_000,
  ) {}

  private live(key: string, now: number): number[] {
    const times = this.hits.get(key)
    if (!times) return []
    const kept = times.filter((t) => now - t < this.windowMs)
    if (kept.length === 0) this.hits.delete(key)
    else if (kept.length !== times.length) this.hits.set(key, kept)
    return kept
  }

  /** Milliseconds until the key is under its limit again; 0 when it is now. */
  wait(key: string, now: number): number {
    const times = this.live(key, now)
    if (times.length < this.limit) return 0
    return times[times.length - this.limit] + this.windowMs - now
  }

  add(key: string, now: number): void {
    const times = this.live(key, now)
    this.hits.delete(key)
    this.hits.set(key, [...times, now])
    if (this.hits.size > this.maxKeys) this.shrink(now)
  }

  /** Takes back the latest event (an attempt that turned out to be a success). */
  removeOne(key: string): void {
    const times = this.hits.get(key)
    if (!times) return
    times.pop()
    if (times.length === 0) this.hits.delete(key)
  }

  clear(key: string): void {
    this.hits.delete(key)
  }

  clearWhere(matches: (key: string) => boolean): void {
    for (const key of [...this.hits.keys()]) if (matches(key)) this.hits.delete(key)
  }

  private shrink(now: number): void {
    for (const key of [...this.hits.keys()]) this.live(key, now)
    // Map order is insertion order and add() re-inserts, so the first keys are the stalest.
    for (const key of this.hits.keys()) {
      if (this.hits.size <= this.maxKeys) break
      this.hits.delete(key)
    }
  }
}
