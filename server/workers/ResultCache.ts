/**
 * Results of comparisons and exports by a key that names everything they depend on, bounded by their total
 * size: the least recently used go first. A result larger than a quarter of the budget is not kept.
 */
export class ResultCache<Value> {
  private readonly entries = new Map<string, { value: Value; bytes: number }>()
  private totalBytes = 0

  constructor(private readonly maxBytes: number) {}

  get(key: string): Value | undefined {
    const entry = this.entries.get(key)
    if (!entry) return undefined
    // Map order is insertion order: re-inserting marks the entry as the most recently used.
    this.entries.delete(key)
    this.entries.set(key, entry)
    return entry.value
  }

  set(key: string, value: Value, bytes: number): void {
    this.delete(key)
    if (bytes > this.maxBytes / 4) return
    this.entries.set(key, { value, bytes })
    this.totalBytes += bytes
    for (const [oldestKey] of this.entries) {
      if (this.totalBytes <= this.maxBytes) break
      this.delete(oldestKey)
    }
  }

  /** Total size of what is kept, in bytes. */
  get size(): number {
    return this.totalBytes
  }

  private delete(key: string): void {
    const entry = this.entries.get(key)
    if (!entry) return
    this.entries.delete(key)
    this.totalBytes -= entry.bytes
  }
}
