// The load-generator process (started by LoadGenerator, pinned to the load core): runs one command at a
// time from its parent over IPC and answers with the result. It exits when its parent goes away.
import type { LoadRequest, LoadResponse } from './LoadCommands'
import { measureColdOpen } from './measureColdOpen'
import { measureDocumentMemory } from './measureDocumentMemory'
import { runConnectCycles } from './runConnectCycles'
import { runFanOut } from './runFanOut'
import { seedDocuments } from './seedDocuments'

function execute(request: LoadRequest): Promise<unknown> {
  switch (request.kind) {
    case 'fanOut':
      return runFanOut(request.command)
    case 'seed':
      return seedDocuments(request.command)
    case 'memory':
      return measureDocumentMemory(request.command)
    case 'connectCycles':
      return runConnectCycles(request.command)
    case 'coldOpen':
      return measureColdOpen(request.command)
  }
}

// The y-websocket provider adds a process 'exit' listener per instance; hundreds of clients are intended here.
process.setMaxListeners(0)
if (!process.send) throw new Error('loadGeneratorMain runs as a child process with an IPC channel')
const send = (response: LoadResponse) => process.send!(response)

process.on('message', (request: LoadRequest) => {
  execute(request).then(
    (result) => send({ id: request.id, result }),
    (error: unknown) => send({ id: request.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
  )
})
process.on('disconnect', () => process.exit(0))
send({ id: 0, result: 'ready' })
