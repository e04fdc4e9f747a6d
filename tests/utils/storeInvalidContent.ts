import * as Y from 'yjs'
import { describeUpdateItems } from '../../shared/history/describeUpdateItems'
import { createConceptYDoc } from '../../shared/yjs/createConceptYDoc'
import type { TestServer } from './createTestServer'
import { writeInvalidContent, type InvalidContentKind } from './writeInvalidContent'

/**
 * Stores invalid content straight into a document's storage, bypassing the websocket, attributed to `userId`:
 * what an older server version accepted. The document must not be loaded. Returns the whole state and the
 * snapshot afterwards, from which a Fassung frozen at that moment can be stored.
 */
export async function storeInvalidContent(server: TestServer, documentId: string, kind: InvalidContentKind, userId: string): Promise<{ state: Uint8Array; snapshot: Uint8Array }> {
  if (server.collaboration.isLoaded(documentId)) throw new Error('the document is loaded: storage would be bypassed behind its back')
  const ydoc = createConceptYDoc()
  for (const update of (await server.storage.documents.loadUpdates(documentId)).updates) Y.applyUpdate(ydoc, update)
  const before = Y.encodeStateVector(ydoc)
  writeInvalidContent(ydoc, kind)
  const update = Y.encodeStateAsUpdate(ydoc, before)
  await server.storage.documents.appendUpdate(documentId, update, { userId, at: new Date().toISOString(), ...describeUpdateItems(Y.decodeUpdate(update)) })
  const result = { state: Y.encodeStateAsUpdate(ydoc), snapshot: Y.encodeSnapshot(Y.snapshot(ydoc)) }
  ydoc.destroy()
  return result
}
