/** The knobs of one run (BENCH_SCENARIO_SECONDS shortens the fan-out windows for a quick try). */
export interface BenchSettings {
  /** `taskset` cores: the load generator, this process and Chromium on one, the server under test on the other. */
  loadCore: number
  serverCore: number
  scenarioSeconds: number
  warmupSeconds: number
  updatesPerSecond: number
  /** A fan-out scenario starts once no core was busier than this over a second (or after quietMaxWaitSeconds). */
  quietBusyPercent: number
  quietMaxWaitSeconds: number
  memoryDocuments: number
  connectCycles: number
  cycleConcurrency: number
  longConceptCharacters: number
  browserKeystrokes: number
}
