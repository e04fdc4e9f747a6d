import { parentPort, workerData } from 'node:worker_threads'
import { lowerThreadPriority } from './lowerThreadPriority'
import { runWorkerJob } from './runWorkerJob'
import { serializeJobError } from './serializeJobError'
import type { PoolWorkerData, WorkerRequest, WorkerResponse } from './WorkerMessages'

// The entry of every pool worker: one job at a time (the pool sends the next when this one is answered).
const port = parentPort
if (!port) throw new Error('workerMain runs only as a worker thread')
lowerThreadPriority((workerData as PoolWorkerData).niceness)
port.on('message', (request: WorkerRequest) => {
  runWorkerJob(request.kind, request.input as never).then(
    (result) => port.postMessage({ id: request.id, result } satisfies WorkerResponse, transferableBuffers(result)),
    (error: unknown) => port.postMessage({ id: request.id, error: serializeJobError(error) } satisfies WorkerResponse),
  )
})
port.postMessage({ ready: true } satisfies WorkerResponse)

// Byte results (updates, files) move to the main thread instead of being copied, when they own their whole buffer.
function transferableBuffers(result: unknown): ArrayBuffer[] {
  if (typeof result !== 'object' || result === null) return []
  const buffers: ArrayBuffer[] = []
  for (const value of Object.values(result)) {
    if (value instanceof Uint8Array && value.buffer instanceof ArrayBuffer && value.byteOffset === 0 && value.byteLength === value.buffer.byteLength && !buffers.includes(value.buffer)) {
      buffers.push(value.buffer)
    }
  }
  return buffers
}
