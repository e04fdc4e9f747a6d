import * as decoding from 'lib0/decoding'
import type { FanOutEnvelope } from './encodeFanOutEnvelope'
import type { RecheckScope } from '../collab/ConnectionAuthorization'
import { envelopeKinds, recheckScopeKinds } from './envelopeKinds'

/** Reads what `encodeFanOutEnvelope` wrote; throws on anything else. */
export function decodeFanOutEnvelope(bytes: Uint8Array): FanOutEnvelope {
  const decoder = decoding.createDecoder(bytes)
  const instanceId = decoding.readVarString(decoder)
  const kind = decoding.readVarUint(decoder)
  switch (kind) {
    case envelopeKinds.update: {
      const userId = decoding.readVarString(decoder)
      return { instanceId, type: 'update', userId: userId === '' ? null : userId, update: decoding.readVarUint8Array(decoder) }
    }
    case envelopeKinds.awareness:
      return { instanceId, type: 'awareness', update: decoding.readVarUint8Array(decoder) }
    case envelopeKinds.resync:
      return { instanceId, type: 'resync' }
    case envelopeKinds.recheck:
      return { instanceId, type: 'recheck', scope: decodeRecheckScope(decoder) }
    default:
      throw new Error(`unknown fan-out message kind ${kind}`)
  }
}

function decodeRecheckScope(decoder: decoding.Decoder): RecheckScope {
  const kind = decoding.readVarUint(decoder)
  switch (kind) {
    case recheckScopeKinds.user:
      return { userId: decoding.readVarString(decoder) }
    case recheckScopeKinds.document:
      return { documentId: decoding.readVarString(decoder) }
    case recheckScopeKinds.all:
      return { all: true }
    default:
      throw new Error(`unknown recheck scope kind ${kind}`)
  }
}
