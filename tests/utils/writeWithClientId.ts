import * as encoding from 'lib0/encoding'
import WebSocket from 'ws'
import * as Y from 'yjs'
import { createConceptYDoc } from '../../shared/yjs/createConceptYDoc'
import type { TestServer } from './createTestServer'
import type { SignedIn } from './testAccounts'

export interface ForeignWriter {
  /** Close codes the socket received so far. */
  closeCodes: number[]
  close(): void
}

/**
 * Writes into a document under a clientID of its choice, through a websocket of `account`, as any script
 * could: `write` edits a copy of `source` (a client that has synced), and the resulting update is sent as
 * one y-websocket update message. Resolves once the socket has sent it.
 */
export async function writeWithClientId(
  server: TestServer,
  documentId: string,
  account: SignedIn,
  source: Y.Doc,
  clientId: number,
  write: (forged: Y.Doc) => void,
): Promise<ForeignWriter> {
  const forged = createConceptYDoc()
  Y.applyUpdate(forged, Y.encodeStateAsUpdate(source))
  forged.clientID = clientId
  const before = Y.encodeStateVector(forged)
  write(forged)
  const update = Y.encodeStateAsUpdate(forged, before)
  forged.destroy()
  const socket = new WebSocket(`${server.wsUrl}/${documentId}?token=${account.token}`)
  const closeCodes: number[] = []
  socket.on('close', (code) => closeCodes.push(code))
  await new Promise((resolve, reject) => {
    socket.once('open', resolve)
    socket.once('error', reject)
  })
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, 0)
  encoding.writeVarUint(encoder, 2)
  encoding.writeVarUint8Array(encoder, update)
  socket.send(encoding.toUint8Array(encoder))
  return { closeCodes, close: () => socket.terminate() }
}
