import { describe, expect, it } from 'vitest'
import { runDecisionSeed } from './decisionProperty/runDecisionSeed'

/** See `runDecisionSeed`. */
const seedCount = Number(process.env['FUZZ_SEEDS'] ?? 300)
const firstSeed = process.env['FUZZ_SEED'] ? Number(process.env['FUZZ_SEED']) : 1
const shownFailures = Number(process.env['FUZZ_SHOW'] ?? 3)
const seeds = process.env['FUZZ_SEED'] ? [firstSeed] : Array.from({ length: seedCount }, (_, index) => firstSeed + index)
const structural = Boolean(process.env['FUZZ_STRUCTURAL'])

describe('decisions under random edits', () => {
  it(`hold for ${seeds.length} seeds: rejection never throws, decisions cover exactly their characters, reject all gives the older text, accept all changes nothing`, () => {
    const failures: { seed: number; message: string }[] = []
    for (const seed of seeds) {
      try {
        runDecisionSeed(seed, { structural })
      } catch (error) {
        failures.push({ seed, message: (error as Error).message })
      }
    }
    // Every failing seed is named; the first ones with their steps.
    const report = failures.length === 0 ? '' : [`failing seeds: ${failures.map((failure) => failure.seed).join(' ')}`, ...failures.slice(0, shownFailures).map((failure) => failure.message)].join('\n\n')
    expect(report).toBe('')
  }, 120_000)
})

