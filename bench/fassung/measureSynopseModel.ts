import fs from 'node:fs'
import { deserialize } from 'node:v8'
import { compareVersions, type CompareJob } from '../../server/fassungen/compareVersions'

/**
 * The worker's part of a Synopse alone, in a fresh process (as cold as a newly started worker), on a compare
 * job saved by `measureSynopseStages.ts --job-file PATH`; for CPU profiles:
 * node --cpu-prof --import tsx bench/fassung/measureSynopseModel.ts PATH [repetitions]
 */
const [jobFile, repetitionsArgument] = process.argv.slice(2)
if (!jobFile) throw new Error('usage: measureSynopseModel.ts JOB_FILE [repetitions]')
const job = deserialize(fs.readFileSync(jobFile)) as CompareJob
const repetitions = Number(repetitionsArgument ?? 3)
for (let repetition = 0; repetition < repetitions; repetition++) {
  const started = performance.now()
  const cpu = process.cpuUsage()
  const { json } = compareVersions(job)
  const used = process.cpuUsage(cpu)
  // Other work may share the cores: the process's CPU time (this thread and V8's helper threads) varies less than the wall clock.
  console.log(`compareVersions ${repetition + 1}: ${(performance.now() - started).toFixed(0)} ms wall, ${((used.user + used.system) / 1000).toFixed(0)} ms CPU, ${(json.byteLength / 1024).toFixed(0)} KB`)
}
