import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { createConceptYDoc } from '../../../shared/yjs/createConceptYDoc'

type ProviderOptions = NonNullable<ConstructorParameters<typeof WebsocketProvider>[3]>

// Connections that may fail in a row before the server counts as unreachable for now.
const attemptsBeforeGivingUp = 3

/**
 * The server's current state of a document (`Y.encodeStateAsUpdate`), read through a connection of its
 * own with a document of its own: it shows no presence and has nothing to send. Rejects when the server
 * ends the connection for good (4400–4499) or cannot be reached. `options` are passed to the provider
 * (a WebSocket implementation and the token outside the browser).
 */
export function fetchServerState(serverUrl: string, documentId: string, options: Pick<ProviderOptions, 'WebSocketPolyfill' | 'params'> = {}): Promise<Uint8Array> {
  const ydoc = createConceptYDoc()
  const provider = new WebsocketProvider(serverUrl, documentId, ydoc, { ...options, connect: false, disableBc: true })
  provider.awareness.setLocalState(null)
  return new Promise<Uint8Array>((resolve, reject) => {
    let failures = 0
    let settled = false
    const settle = (outcome: () => void) => {
      if (settled) return
      settled = true
      outcome()
      provider.destroy()
      ydoc.destroy()
    }
    provider.on('sync', (synced) => {
      if (synced) settle(() => resolve(Y.encodeStateAsUpdate(ydoc)))
    })
    provider.on('closed', ({ code, reason }) => settle(() => reject(new Error(`the server refused reading the document: ${code} ${reason}`))))
    provider.on('connection-close', () => {
      failures += 1
      if (failures >= attemptsBeforeGivingUp) settle(() => reject(new Error('the server could not be reached')))
    })
    provider.connect()
  })
}
