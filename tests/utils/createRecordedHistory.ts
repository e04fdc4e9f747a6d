import * as Y from 'yjs'
import type { JSONContent } from '@tiptap/core'
import { AttributionIndex } from '../../shared/changes/AttributionIndex'
import { describeUpdateItems } from '../../shared/history/describeUpdateItems'
import type { UpdateAttribution } from '../../shared/history/UpdateAttribution'
import { getConceptSchema } from '../../shared/schema/getConceptSchema'
import { normalizeConceptDocument } from '../../shared/schema/normalizeConceptDocument'
import { writeConceptJson } from '../../shared/yjs/conceptConversions'
import { createConceptYDoc } from '../../shared/yjs/createConceptYDoc'
import { createSimulatedEditor, type SimulatedEditor } from './createSimulatedEditor'

export interface RecordedClient {
  userId: string
  ydoc: Y.Doc
  editor: SimulatedEditor
  /** Sends what this client has and the hub lacks, as a provider would, recorded under this user. */
  push(): void
  /** Receives what the hub has. */
  pull(): void
}

/**
 * A hub document that records who sent which update, exactly as the server's attribution log does,
 * with clients that edit through the ProseMirror binding. Time advances one minute per pushed update.
 * `nextClientId` gives every Y.Doc (hub, seed, clients) its clientID, so that a seeded run replays exactly;
 * without it Yjs draws them at random.
 */
export function createRecordedHistory(initial: JSONContent, initialAuthor: string, nextClientId?: () => number) {
  const attributions: UpdateAttribution[] = []
  let minute = 0
  const nextTime = () => new Date(Date.UTC(2019, 2, 21, 9, minute++)).toISOString()
  const hub = new Y.Doc({ gc: false })
  if (nextClientId) hub.clientID = nextClientId()
  hub.on('update', (integrated: Uint8Array, origin: unknown) => {
    attributions.push({ userId: origin as string, at: nextTime(), ...describeUpdateItems(Y.decodeUpdate(integrated)) })
  })
  const record = (update: Uint8Array, userId: string) => Y.applyUpdate(hub, update, userId)
  const seed = createConceptYDoc()
  if (nextClientId) seed.clientID = nextClientId()
  writeConceptJson(seed, normalizeConceptDocument(getConceptSchema().nodeFromJSON(initial)).toJSON())
  record(Y.encodeStateAsUpdate(seed), initialAuthor)

  return {
    hub,
    attributions,
    client(userId: string): RecordedClient {
      const ydoc = new Y.Doc({ gc: false })
      if (nextClientId) ydoc.clientID = nextClientId()
      Y.applyUpdate(ydoc, Y.encodeStateAsUpdate(hub))
      return {
        userId,
        ydoc,
        editor: createSimulatedEditor(ydoc),
        push() {
          const update = Y.encodeStateAsUpdate(ydoc, Y.encodeStateVector(hub))
          record(update, userId)
        },
        pull() {
          Y.applyUpdate(ydoc, Y.encodeStateAsUpdate(hub, Y.encodeStateVector(ydoc)))
        },
      }
    },
    index(users: Record<string, { name: string; department: string }>) {
      return new AttributionIndex(attributions, new Map(Object.entries(users)))
    },
  }
}
