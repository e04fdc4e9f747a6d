import { spawnSync } from 'node:child_process'

/**
 * `npm run fuzz -- --seeds N [--steps S] [--first F]`: the long run of the property tests that read their
 * seed count from FUZZ_SEEDS (the change ledger, the decisions and the update authorship), with N seeds each.
 */
const options = new Map<string, string>()
const argv = process.argv.slice(2)
for (let index = 0; index < argv.length; index += 1) {
  const argument = argv[index]!
  if (!argument.startsWith('--')) throw new Error(`unknown argument ${argument} (use --seeds N, --steps S, --first F)`)
  const [name, inline] = argument.slice(2).split('=')
  options.set(name!, inline ?? argv[++index] ?? '')
}
const environment: NodeJS.ProcessEnv = { ...process.env, FUZZ_SEEDS: options.get('seeds') ?? '1000' }
if (options.has('steps')) environment['FUZZ_STEPS'] = options.get('steps')
if (options.has('first')) environment['FUZZ_FIRST_SEED'] = options.get('first')
const result = spawnSync('npx', ['vitest', 'run', 'tests/reliability/changeLedgerFuzz.test.ts', 'tests/shared/changes/decisionProperties.test.ts', 'tests/reliability/updateAuthorshipProperty.test.ts'], { stdio: 'inherit', env: environment })
process.exit(result.status ?? 1)
