import { describe, expect, it } from 'vitest'
import { ledgerFailureReport } from '../utils/ledger/ledgerFailureReport'
import { generateLedgerOperations, runLedgerSimulation } from '../utils/ledger/runLedgerSimulation'

/**
 * The long histories: the change model against a ledger the simulator keeps itself (see runLedgerSimulation).
 * `npm test` runs a share of seeds with 24 steps here and many short histories in changeLedgerFuzz.short*.test.ts;
 * `npm run fuzz -- --seeds N [--steps S] [--first F]` (or FUZZ_SEEDS, FUZZ_STEPS, FUZZ_FIRST_SEED) runs more.
 */
const defaultSteps = 24
const seedCount = Number(process.env['FUZZ_SEEDS'] ?? 50)
const firstSeed = Number(process.env['FUZZ_FIRST_SEED'] ?? 1)
const steps = Number(process.env['FUZZ_STEPS'] ?? defaultSteps)

/**
 * Seeds (at the default number of steps) the model does not yet explain as the ledger does; each is a known open
 * problem, named in the README's change-model section. The last test fails once one of them passes, so that it
 * leaves this list.
 */
const knownOpen = new Set<number>([557, 734, 865])

/** Seeds beyond the default range that once failed; they run with every `npm test`. */
const regressionSeeds = [
  // The binding copied a unit back and forth: following the copies recursed until the stack was exhausted.
  1140,
]

describe('the change model against an independent ledger', () => {
  it(`explains every character of every pair of versions (${seedCount} seeds from ${firstSeed}, ${steps} steps each)`, () => {
    expect(ledgerFailureReport(firstSeed, seedCount, steps, steps === defaultSteps ? knownOpen : new Set())).toBe('')
  }, Math.max(900_000, seedCount * 2_000))

  it.runIf(steps === defaultSteps).each(regressionSeeds)('explains seed %i, which once failed', (seed) => {
    expect(runLedgerSimulation(generateLedgerOperations(seed, steps))).toEqual([])
  })

  it.runIf(steps === defaultSteps)('still fails on the known open seeds (a seed that passes leaves the list)', () => {
    const passing = [...knownOpen].filter((seed) => runLedgerSimulation(generateLedgerOperations(seed, steps)).length === 0)
    expect(passing).toEqual([])
  }, 120_000)
})
