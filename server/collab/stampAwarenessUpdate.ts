import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import type { ConnectionIdentity } from './ConnectionIdentity'

/**
 * Rewrites an awareness update so that every state carries the connection's verified name and department
 * as `user`, whatever the client claimed. Entries for clientIDs the connection may not speak for are
 * dropped: the stock provider echoes every awareness change it receives, other users' included.
 * Throws on malformed input.
 */
export function stampAwarenessUpdate(
  update: Uint8Array,
  identity: ConnectionIdentity,
  maySpeakFor: (clientId: number) => boolean,
): Uint8Array | null {
  const decoder = decoding.createDecoder(update)
  const count = decoding.readVarUint(decoder)
  const entries: { clientId: number; clock: number; state: string }[] = []
  for (let index = 0; index < count; index += 1) {
    const clientId = decoding.readVarUint(decoder)
    const clock = decoding.readVarUint(decoder)
    const state: unknown = JSON.parse(decoding.readVarString(decoder))
    if (maySpeakFor(clientId)) entries.push({ clientId, clock, state: JSON.stringify(stamp(state, identity)) })
  }
  if (entries.length === 0) return null
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, entries.length)
  for (const entry of entries) {
    encoding.writeVarUint(encoder, entry.clientId)
    encoding.writeVarUint(encoder, entry.clock)
    encoding.writeVarString(encoder, entry.state)
  }
  return encoding.toUint8Array(encoder)
}

function stamp(state: unknown, identity: ConnectionIdentity): unknown {
  if (state === null) return null
  if (typeof state !== 'object' || Array.isArray(state)) throw new Error('awareness state must be an object')
  const claimed = (state as { user?: unknown }).user
  const claimedUser = typeof claimed === 'object' && claimed !== null ? (claimed as Record<string, unknown>) : {}
  return {
    ...state,
    user: {
      ...claimedUser,
      id: identity.userId,
      name: identity.name,
      department: identity.department,
      canWrite: identity.canWrite,
    },
  }
}
