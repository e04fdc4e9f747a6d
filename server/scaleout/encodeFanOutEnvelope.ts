import * as encoding from 'lib0/encoding'
import type { FanOutMessage } from '../collab/DocumentFanOut'
import { envelopeKinds } from './envelopeKinds'

/** What travels over a Redis channel: a fan-out message, or a request to resync, with the sending instance. */
export type FanOutEnvelope = { instanceId: string } & (FanOutMessage | { type: 'resync' })

export function encodeFanOutEnvelope(envelope: FanOutEnvelope): Buffer {
  const encoder = encoding.createEncoder()
  encoding.writeVarString(encoder, envelope.instanceId)
  encoding.writeVarUint(encoder, envelopeKinds[envelope.type])
  if (envelope.type === 'update') {
    encoding.writeVarString(encoder, envelope.userId ?? '')
    encoding.writeVarUint8Array(encoder, envelope.update)
  } else if (envelope.type === 'awareness') {
    encoding.writeVarUint8Array(encoder, envelope.update)
  }
  const bytes = encoding.toUint8Array(encoder)
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
}
