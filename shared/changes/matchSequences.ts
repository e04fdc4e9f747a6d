/** Beyond this many differing tokens, only the common start and end are matched. */
const maxDifferences = 1_000

/**
 * A longest common subsequence of two token sequences (Myers' diff): the index pairs `[i, j]` with
 * `older[i] === newer[j]`, increasing in both. Used where the same text stands in two versions as
 * different Yjs items (restored or re-created by the editor binding).
 */
export function matchSequences(older: readonly string[], newer: readonly string[]): [number, number][] {
  let start = 0
  while (start < older.length && start < newer.length && older[start] === newer[start]) start += 1
  let olderEnd = older.length
  let newerEnd = newer.length
  while (olderEnd > start && newerEnd > start && older[olderEnd - 1] === newer[newerEnd - 1]) {
    olderEnd -= 1
    newerEnd -= 1
  }
  const pairs: [number, number][] = []
  for (let index = 0; index < start; index += 1) pairs.push([index, index])
  pairs.push(...matchMiddle(older, newer, start, olderEnd, start, newerEnd))
  for (let offset = 0; olderEnd + offset < older.length; offset += 1) pairs.push([olderEnd + offset, newerEnd + offset])
  return pairs
}

function matchMiddle(older: readonly string[], newer: readonly string[], olderStart: number, olderEnd: number, newerStart: number, newerEnd: number): [number, number][] {
  const n = olderEnd - olderStart
  const m = newerEnd - newerStart
  if (n === 0 || m === 0) return []
  const limit = Math.min(n + m, maxDifferences)
  const offset = limit + 1
  const frontier = new Int32Array(2 * limit + 3)
  const trace: Int32Array[] = []
  let found = -1
  for (let d = 0; d <= limit && found < 0; d += 1) {
    // Only the diagonals the next round can reach are kept for the way back.
    trace.push(frontier.slice(offset - d - 1, offset + d + 2))
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && frontier[offset + k - 1]! < frontier[offset + k + 1]!) ? frontier[offset + k + 1]! : frontier[offset + k - 1]! + 1
      let y = x - k
      while (x < n && y < m && older[olderStart + x] === newer[newerStart + y]) {
        x += 1
        y += 1
      }
      frontier[offset + k] = x
      if (x >= n && y >= m) {
        found = d
        break
      }
    }
  }
  if (found < 0) return []
  const pairs: [number, number][] = []
  let x = n
  let y = m
  for (let d = found; d > 0; d -= 1) {
    const previous = trace[d]!
    const at = (diagonal: number) => previous[diagonal + d + 1]!
    const k = x - y
    const fromBelow = k === -d || (k !== d && at(k - 1) < at(k + 1))
    const previousK = fromBelow ? k + 1 : k - 1
    const previousX = at(previousK)
    const previousY = previousX - previousK
    while (x > previousX && y > previousY) {
      x -= 1
      y -= 1
      pairs.push([olderStart + x, newerStart + y])
    }
    x = previousX
    y = previousY
  }
  while (x > 0 && y > 0) {
    x -= 1
    y -= 1
    pairs.push([olderStart + x, newerStart + y])
  }
  return pairs.reverse()
}
