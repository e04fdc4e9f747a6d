import { generateLedgerOperations, runLedgerSimulation } from './runLedgerSimulation'
import { shrinkOperations } from './shrinkOperations'

/**
 * Runs the ledger simulation for `seedCount` seeds from `firstSeed` with `steps` steps each, leaving out the seeds in
 * `skipped`. Returns '' if the model explains every character of every pair of versions; else the failing seeds, how
 * to replay them, and for the first one a minimal reproduction (its steps shrunk while it still fails).
 */
export function ledgerFailureReport(firstSeed: number, seedCount: number, steps: number, skipped: ReadonlySet<number> = new Set()): string {
  const failing: { seed: number; problems: string[] }[] = []
  for (let seed = firstSeed; seed < firstSeed + seedCount; seed += 1) {
    if (skipped.has(seed)) continue
    const problems = runLedgerSimulation(generateLedgerOperations(seed, steps))
    if (problems.length > 0) failing.push({ seed, problems })
  }
  if (failing.length === 0) return ''
  const first = failing[0]!
  const operations = generateLedgerOperations(first.seed, steps)
  const minimal = shrinkOperations(operations, (candidate) => runLedgerSimulation(candidate).length > 0)
  return [
    `failing seeds (${steps} steps): ${failing.map((failure) => failure.seed).join(' ')}`,
    `replay: FUZZ_FIRST_SEED=${first.seed} FUZZ_SEEDS=1 FUZZ_STEPS=${steps} npx vitest run tests/reliability/changeLedgerFuzz.test.ts`,
    `minimal reproduction of seed ${first.seed} (${minimal.length} of ${operations.length} steps): runLedgerSimulation(${JSON.stringify(minimal)})`,
    ...runLedgerSimulation(minimal).slice(0, 5),
  ].join('\n')
}
