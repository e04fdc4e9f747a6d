import * as Y from 'yjs'

/** True if the item existed and was not deleted at the time of `snapshot`. */
export function isVisibleIn(item: Y.Item, snapshot: Y.Snapshot): boolean {
  return item.id.clock < (snapshot.sv.get(item.id.client) ?? 0) && !Y.isDeleted(snapshot.ds, item.id)
}
