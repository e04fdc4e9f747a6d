import * as decoding from 'lib0/decoding'
import * as Y from 'yjs'
import { CloseCode } from '../../shared/collab/closeCodes'
import type { ClientConnection } from './ClientConnection'
import type { CollabDocument } from './CollabDocument'
import { MessageType, SyncMessageType } from './messageTypes'
import { ProtocolError } from './ProtocolError'
import { stampAwarenessUpdate } from './stampAwarenessUpdate'

/** Reads one y-websocket message from a client and applies it to the document; throws ProtocolError on bad input. */
export function receiveMessage(document: CollabDocument, connection: ClientConnection, message: Uint8Array): void {
  const decoder = decoding.createDecoder(message)
  const messageType = readVarUint(decoder)
  switch (messageType) {
    case MessageType.sync:
      receiveSyncMessage(document, connection, decoder)
      return
    case MessageType.awareness: {
      const update = readVarUint8Array(decoder)
      let stamped: Uint8Array | null
      try {
        stamped = stampAwarenessUpdate(update, connection.identity, (clientId) => !document.isAwarenessClientOfAnotherUser(clientId, connection))
      } catch {
        throw new ProtocolError(CloseCode.malformedMessage, 'malformed awareness update')
      }
      if (stamped) document.applyAwarenessUpdate(connection, stamped)
      return
    }
    case MessageType.queryAwareness:
      document.sendAllAwarenessStates(connection)
      return
    default:
      throw new ProtocolError(CloseCode.malformedMessage, `unknown message type ${messageType}`)
  }
}

function receiveSyncMessage(document: CollabDocument, connection: ClientConnection, decoder: decoding.Decoder) {
  const syncType = readVarUint(decoder)
  switch (syncType) {
    case SyncMessageType.step1:
      if (!connection.takeSyncRequest()) return
      document.answerSyncStep1(connection, readStateVector(decoder))
      return
    case SyncMessageType.step2:
    case SyncMessageType.update: {
      const update = readVarUint8Array(decoder)
      const decoded = decodeUpdate(update)
      if (decoded.structs.length === 0 && decoded.ds.clients.size === 0) return
      connection.acceptWrite(decoded, update)
      return
    }
    default:
      throw new ProtocolError(CloseCode.malformedMessage, `unknown sync message type ${syncType}`)
  }
}

function readStateVector(decoder: decoding.Decoder): Uint8Array {
  const stateVector = readVarUint8Array(decoder)
  try {
    Y.decodeStateVector(stateVector)
  } catch {
    throw new ProtocolError(CloseCode.malformedMessage, 'malformed state vector')
  }
  return stateVector
}

function decodeUpdate(update: Uint8Array): ReturnType<typeof Y.decodeUpdate> {
  try {
    // Decoding first means a truncated or garbage update is refused before anything is integrated.
    return Y.decodeUpdate(update)
  } catch {
    throw new ProtocolError(CloseCode.malformedMessage, 'malformed update')
  }
}

function readVarUint(decoder: decoding.Decoder): number {
  try {
    return decoding.readVarUint(decoder)
  } catch {
    throw new ProtocolError(CloseCode.malformedMessage, 'truncated message')
  }
}

function readVarUint8Array(decoder: decoding.Decoder): Uint8Array {
  try {
    return decoding.readVarUint8Array(decoder)
  } catch {
    throw new ProtocolError(CloseCode.malformedMessage, 'truncated message')
  }
}
