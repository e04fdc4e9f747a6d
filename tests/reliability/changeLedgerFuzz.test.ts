import { describe, expect, it } from 'vitest'
import { generateLedgerOperations, runLedgerSimulation } from '../utils/ledger/runLedgerSimulation'
import { shrinkOperations } from '../utils/ledger/shrinkOperations'

const defaultSteps = 24
const seedCount = Number(process.env['FUZZ_SEEDS'] ?? 100)
const firstSeed = Number(process.env['FUZZ_FIRST_SEED'] ?? 1)
const steps = Number(process.env['FUZZ_STEPS'] ?? defaultSteps)

/**
 * Seeds (at the default number of steps) the model does not yet explain as the ledger does; each is a
 * known open problem, listed in the report of issue 10. The last test fails once one of them passes, so
 * that it leaves this list. None at present.
 */
const knownOpen = new Set<number>([])

/** Seeds beyond the default range that once failed; they run with every `npm test`. */
const regressionSeeds = [
  // The binding copied a unit back and forth: following the copies recursed until the stack was exhausted.
  1140,
]

describe('the change model against an independent ledger', () => {
  it(`explains every character of every pair of versions (${seedCount} seeds from ${firstSeed}, ${steps} steps each)`, () => {
    for (let seed = firstSeed; seed < firstSeed + seedCount; seed += 1) {
      if (steps === defaultSteps && knownOpen.has(seed)) continue
      const operations = generateLedgerOperations(seed, steps)
      const problems = runLedgerSimulation(operations)
      if (problems.length === 0) continue
      const minimal = shrinkOperations(operations, (candidate) => runLedgerSimulation(candidate).length > 0)
      expect.fail(
        [
          `seed ${seed} fails (replay: FUZZ_FIRST_SEED=${seed} FUZZ_SEEDS=1 FUZZ_STEPS=${steps} npx vitest run tests/reliability/changeLedgerFuzz.test.ts)`,
          `minimal reproduction (${minimal.length} of ${operations.length} steps): runLedgerSimulation(${JSON.stringify(minimal)})`,
          ...runLedgerSimulation(minimal).slice(0, 5),
        ].join('\n'),
      )
    }
  })

  it.runIf(steps === defaultSteps).each(regressionSeeds)('explains seed %i, which once failed', (seed) => {
    expect(runLedgerSimulation(generateLedgerOperations(seed, steps))).toEqual([])
  })

  it.runIf(steps === defaultSteps)('still fails on the known open seeds (a seed that passes leaves the list)', () => {
    const passing = [...knownOpen].filter((seed) => runLedgerSimulation(generateLedgerOperations(seed, steps)).length === 0)
    expect(passing).toEqual([])
  })
})
