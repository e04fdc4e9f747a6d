import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import WebSocket from 'ws'
import * as syncProtocol from 'y-protocols/sync'
import type * as Y from 'yjs'
import { createConceptYDoc } from '../../shared/yjs/createConceptYDoc'

export interface RawCollabClient {
  ydoc: Y.Doc
  socket: WebSocket
  /** Resolves with the close code once the socket is closed, from either side. */
  closed: Promise<number>
  /** Messages that arrived after the server's close frame (there must be none). */
  messagesAfterClose(): number
  /** Resolves once the server has handled everything sent before: it answers a sync step 1 only after them. */
  roundTrip(timeoutMs?: number): Promise<void>
  close(): void
}

const messageSync = 0

/**
 * A y-websocket client written with `ws` and y-protocols alone, without reconnecting: every local change of
 * `ydoc` goes out as a sync update, and what the server sends is applied. Resolves once the first sync is done.
 */
export async function createRawCollabClient(wsUrl: string, documentId: string, token: string): Promise<RawCollabClient> {
  const ydoc = createConceptYDoc()
  const socket = new WebSocket(`${wsUrl}/${documentId}?token=${encodeURIComponent(token)}`)
  socket.binaryType = 'nodebuffer'
  const serverOrigin = Symbol('server')
  let closedAt: number | null = null
  let afterClose = 0
  const stepTwoWaiters: (() => void)[] = []

  const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)))
  socket.on('close', () => (closedAt ??= Date.now()))
  socket.on('message', (data: Buffer) => {
    if (closedAt !== null) {
      afterClose += 1
      return
    }
    const decoder = decoding.createDecoder(new Uint8Array(data))
    if (decoding.readVarUint(decoder) !== messageSync) return
    const encoder = encoding.createEncoder()
    encoding.writeVarUint(encoder, messageSync)
    const syncType = syncProtocol.readSyncMessage(decoder, encoder, ydoc, serverOrigin)
    if (encoding.length(encoder) > 1) socket.send(encoding.toUint8Array(encoder))
    if (syncType === syncProtocol.messageYjsSyncStep2) stepTwoWaiters.shift()?.()
  })
  ydoc.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin === serverOrigin || socket.readyState !== WebSocket.OPEN) return
    const encoder = encoding.createEncoder()
    encoding.writeVarUint(encoder, messageSync)
    syncProtocol.writeUpdate(encoder, update)
    socket.send(encoding.toUint8Array(encoder))
  })

  const roundTrip = (timeoutMs = 10_000) =>
    new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no answer to sync step 1 in time')), timeoutMs)
      stepTwoWaiters.push(() => {
        clearTimeout(timer)
        resolve()
      })
      const encoder = encoding.createEncoder()
      encoding.writeVarUint(encoder, messageSync)
      syncProtocol.writeSyncStep1(encoder, ydoc)
      socket.send(encoding.toUint8Array(encoder))
    })

  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve())
    socket.once('error', reject)
  })
  await Promise.race([roundTrip(), closed.then((code) => Promise.reject(new Error(`closed with ${code} before the first sync`)))])
  return { ydoc, socket, closed, messagesAfterClose: () => afterClose, roundTrip, close: () => socket.close() }
}
