import { describe, expect, it } from 'vitest'
import { decisionFailureReport, knownOpenDecisionSeeds } from './decisionProperty/decisionFailureReport'

/** The decision property with structural edits, seeds 401–800 (a file of its own, so that it runs beside part 1); see decisionProperties.test.ts. */
const seeds = Array.from({ length: 400 }, (_, index) => 401 + index).filter((seed) => !knownOpenDecisionSeeds.has(seed))

describe('decisions under random edits (part 2)', () => {
  it(`hold for ${seeds.length} seeds with structural edits: rejection never throws, decisions cover exactly their characters, reject all gives the older text, accept all changes nothing`, () => {
    expect(decisionFailureReport(seeds, { structural: true })).toBe('')
  }, 900_000)
})
