// Bootstrap of a pool worker when the server runs from its TypeScript sources (tsx, Vitest): Node 20 applies
// no --import loader to a worker's entry, so tsx is registered here and the real entry imported after it.
import { workerData } from 'node:worker_threads'
import { register } from 'tsx/esm/api'

register()
await import(workerData.entry)
