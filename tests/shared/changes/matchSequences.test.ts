import { describe, expect, it } from 'vitest'
import { matchSequences } from '../../../shared/changes/matchSequences'
import { createSeededRandom } from '../../utils/createSeededRandom'

function longestCommonSubsequence(a: string, b: string): number {
  const table = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0))
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) table[i]![j] = a[i - 1] === b[j - 1] ? table[i - 1]![j - 1]! + 1 : Math.max(table[i - 1]![j]!, table[i]![j - 1]!)
  }
  return table[a.length]![b.length]!
}

describe('matchSequences', () => {
  it('finds a longest common subsequence, increasing in both sequences', () => {
    const random = createSeededRandom(7)
    const word = () => Array.from({ length: random.integer(16) }, () => 'abc'[random.integer(3)]).join('')
    for (let round = 0; round < 2000; round += 1) {
      const [older, newer] = [word(), word()]
      const pairs = matchSequences([...older], [...newer])
      pairs.forEach(([i, j], index) => {
        expect(older[i]).toBe(newer[j])
        if (index > 0) expect(i > pairs[index - 1]![0] && j > pairs[index - 1]![1]).toBe(true)
      })
      expect(pairs.length).toBe(longestCommonSubsequence(older, newer))
    }
  })
})
