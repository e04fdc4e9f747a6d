import { parentPort } from 'node:worker_threads'
import type { WorkerRequest, WorkerResponse } from '../../../server/workers/WorkerMessages'

// A pool worker whose jobs misbehave on request, to test what the pool does when a worker crashes, runs out
// of memory or hangs.
const port = parentPort!
const hoard: number[][] = []
port.on('message', (request: WorkerRequest) => {
  const answer = (response: WorkerResponse) => port.postMessage(response)
  switch (request.kind as string) {
    case 'echo':
      return answer({ id: request.id, result: request.input })
    case 'sleep':
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, request.input as number)
      return answer({ id: request.id, result: 'ausgeschlafen' })
    case 'refuse':
      return answer({ id: request.id, error: { name: 'ImportLimitError', message: 'Zu groß.' } })
    case 'crash':
      setImmediate(() => {
        throw new Error('worker bug')
      })
      return
    case 'exhaust':
      for (;;) hoard.push(Array.from({ length: 100_000 }, (_, index) => index))
    case 'hang':
      for (;;);
  }
})
port.postMessage({ ready: true } satisfies WorkerResponse)
