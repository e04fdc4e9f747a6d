import type { Outcome } from './Outcome'

/** Runs one measurement; a failure is logged and kept as its outcome, so that the others still run. */
export async function attempt<T>(name: string, measure: () => Promise<T>): Promise<Outcome<T>> {
  const started = performance.now()
  console.log(`  ${name}…`)
  try {
    const value = await measure()
    console.log(`  ${name}: done in ${((performance.now() - started) / 1_000).toFixed(1)} s`)
    return { value }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    console.error(`  ${name} failed: ${message}`)
    return { error: message.split('\n')[0]!.slice(0, 300) }
  }
}
