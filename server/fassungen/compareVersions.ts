import * as Y from 'yjs'
import type { PublicUser } from '../../shared/accounts/PublicUser'
import { AttributionIndex } from '../../shared/changes/AttributionIndex'
import type { VersionLabel } from '../../shared/changes/ChangeModel'
import { computeChangeModel } from '../../shared/changes/computeChangeModel'
import type { ItemRange, UpdateAttribution } from '../../shared/history/UpdateAttribution'

/** One version as bytes, so that it can cross to a worker thread. */
export interface VersionState {
  label: VersionLabel
  /** The gc-free document state this version belongs to (history up to it, at least). */
  state: Uint8Array
  /** Y.encodeSnapshot of the version. */
  snapshot: Uint8Array
}

export interface CompareJob {
  older: VersionState
  newer: VersionState
  attributions: UpdateAttribution[]
  users: Pick<PublicUser, 'id' | 'name' | 'department'>[]
  /** The item ranges of the decisions taken so far, one entry per decision: no change mixes decided and open items. */
  decided?: ItemRange[][]
}

export interface ComparedVersions {
  /**
   * The model as UTF-8 JSON: bytes that own their buffer move from the worker without a copy, and the route
   * sends them as they are (a string would be copied across and encoded again for every response).
   */
  json: Uint8Array<ArrayBuffer>
}

/** The change model between two versions (computeChangeModel on one document holding both); runs in a worker thread. */
export function compareVersions(job: CompareJob): ComparedVersions {
  const ydoc = loadBothStates(job.older.state, job.newer.state)
  const model = computeChangeModel({
    ydoc,
    from: { snapshot: Y.decodeSnapshot(job.older.snapshot), label: job.older.label },
    to: { snapshot: Y.decodeSnapshot(job.newer.snapshot), label: job.newer.label },
    attributions: new AttributionIndex(job.attributions, new Map(job.users.map((user) => [user.id, user]))),
    decided: job.decided ?? [],
  })
  ydoc.destroy()
  return { json: new TextEncoder().encode(JSON.stringify(model)) }
}

/**
 * One gc-free document holding both states. The state of a later version holds all of an earlier one's
 * (history only grows), so the smaller state is applied only if it adds something: checking that decodes it
 * once, a fraction of integrating it again.
 */
function loadBothStates(first: Uint8Array, second: Uint8Array): Y.Doc {
  const [larger, smaller] = first.byteLength >= second.byteLength ? [first, second] : [second, first]
  const ydoc = new Y.Doc({ gc: false })
  Y.applyUpdate(ydoc, larger)
  if (!Y.snapshotContainsUpdate(Y.snapshot(ydoc), smaller)) Y.applyUpdate(ydoc, smaller)
  return ydoc
}
