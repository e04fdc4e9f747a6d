import type { ItemRange } from './UpdateAttribution'

/** The clocks that lie in both lists of item ranges, as ranges sorted by client and clock. */
export function intersectRanges(first: readonly ItemRange[], second: readonly ItemRange[]): ItemRange[] {
  const byClient = new Map<number, ItemRange[]>()
  for (const range of second) {
    const ranges = byClient.get(range[0]) ?? []
    ranges.push(range)
    byClient.set(range[0], ranges)
  }
  for (const ranges of byClient.values()) ranges.sort((a, b) => a[1] - b[1])
  const result: ItemRange[] = []
  for (const [client, clock, length] of [...first].sort((a, b) => a[0] - b[0] || a[1] - b[1])) {
    for (const [, otherClock, otherLength] of byClient.get(client) ?? []) {
      const start = Math.max(clock, otherClock)
      const end = Math.min(clock + length, otherClock + otherLength)
      if (start < end) result.push([client, start, end - start])
    }
  }
  return result
}
