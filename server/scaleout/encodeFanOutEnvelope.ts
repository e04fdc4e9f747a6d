import * as encoding from 'lib0/encoding'
import type { RecheckScope } from '../collab/ConnectionAuthorization'
import type { FanOutMessage } from '../collab/DocumentFanOut'
import { envelopeKinds, recheckScopeKinds } from './envelopeKinds'

/**
 * What travels over a Redis channel, with the sending instance: a fan-out message or a request to resync (on a
 * document's channel), or a request to check connections again (on the connections channel).
 */
export type FanOutEnvelope = { instanceId: string } & (FanOutMessage | { type: 'resync' } | { type: 'recheck'; scope: RecheckScope })

export function encodeFanOutEnvelope(envelope: FanOutEnvelope): Buffer {
  const encoder = encoding.createEncoder()
  encoding.writeVarString(encoder, envelope.instanceId)
  encoding.writeVarUint(encoder, envelopeKinds[envelope.type])
  if (envelope.type === 'update') {
    encoding.writeVarString(encoder, envelope.userId ?? '')
    encoding.writeVarUint8Array(encoder, envelope.update)
  } else if (envelope.type === 'awareness') {
    encoding.writeVarUint8Array(encoder, envelope.update)
  } else if (envelope.type === 'recheck') {
    const { scope } = envelope
    if ('userId' in scope) {
      encoding.writeVarUint(encoder, recheckScopeKinds.user)
      encoding.writeVarString(encoder, scope.userId)
    } else if ('documentId' in scope) {
      encoding.writeVarUint(encoder, recheckScopeKinds.document)
      encoding.writeVarString(encoder, scope.documentId)
    } else {
      encoding.writeVarUint(encoder, recheckScopeKinds.all)
    }
  }
  const bytes = encoding.toUint8Array(encoder)
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
}
