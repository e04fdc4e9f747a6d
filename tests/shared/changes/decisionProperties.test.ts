import { describe, expect, it } from 'vitest'
import { decisionFailureReport, knownOpenDecisionSeeds } from './decisionProperty/decisionFailureReport'

/**
 * The decision property (see runDecisionSeed), with the edits that make the binding re-create blocks. `npm test` runs
 * seeds 1–400 here and 401–800 in decisionProperties.part2.test.ts. `FUZZ_SEEDS=2000 [FUZZ_FIRST_SEED=n]` runs more
 * (as `npm run fuzz` does), `FUZZ_SEED=<n>` one seed, `FUZZ_SHOW=<n>` shows the steps of n failing seeds (3),
 * `FUZZ_STRUCTURAL=0` leaves the structural edits out.
 */
const seedCount = Number(process.env['FUZZ_SEEDS'] ?? 400)
const firstSeed = Number(process.env['FUZZ_SEED'] ?? process.env['FUZZ_FIRST_SEED'] ?? 1)
const shown = Number(process.env['FUZZ_SHOW'] ?? 3)
const structural = process.env['FUZZ_STRUCTURAL'] !== '0'
const single = process.env['FUZZ_SEED'] !== undefined
const byDefault = !single && process.env['FUZZ_SEEDS'] === undefined && structural
const seeds = (single ? [firstSeed] : Array.from({ length: seedCount }, (_, index) => firstSeed + index)).filter((seed) => single || !structural || !knownOpenDecisionSeeds.has(seed))

describe('decisions under random edits', () => {
  it(`hold for ${seeds.length} seeds${structural ? ' with structural edits' : ''}: rejection never throws, decisions cover exactly their characters, reject all gives the older text, accept all changes nothing`, () => {
    expect(decisionFailureReport(seeds, { structural }, shown)).toBe('')
  }, Math.max(900_000, seeds.length * 2_000))

  it.runIf(byDefault)('still fail on the known open seeds (a seed that passes leaves the list)', () => {
    const passing = [...knownOpenDecisionSeeds].filter((seed) => decisionFailureReport([seed], { structural: true }) === '')
    expect(passing).toEqual([])
  }, 120_000)
})
