import { describe, expect, it } from 'vitest'
import { ledgerFailureReport } from '../utils/ledger/ledgerFailureReport'

/** Many short histories against the ledger, part 1 of 2 (a file each, so that they run in parallel); see changeLedgerFuzz.test.ts. */
const firstSeed = 2001
const seedCount = 600
const steps = 6

describe('the change model against an independent ledger, short histories (1/2)', () => {
  it(`explains every character of every pair of versions (seeds ${firstSeed}–${firstSeed + seedCount - 1}, ${steps} steps each)`, () => {
    expect(ledgerFailureReport(firstSeed, seedCount, steps)).toBe('')
  }, 600_000)
})
