import * as Y from 'yjs'
import type { ItemRange } from './UpdateAttribution'

/**
 * The item ranges a decoded Yjs update inserts (its structs, merged per client) and deletes (its delete
 * set). With `knownState`, inserted ranges the receiver already has are left out. Garbage-collected runs
 * count only on request: they occupy clocks, which matters when checking who may write where.
 */
export function describeUpdateItems(
  decoded: ReturnType<typeof Y.decodeUpdate>,
  knownState: Map<number, number> = new Map(),
  options: { includeGarbageCollected?: boolean } = {},
): { inserted: ItemRange[]; deleted: ItemRange[] } {
  const inserted: ItemRange[] = []
  for (const struct of decoded.structs) {
    const counts = struct instanceof Y.Item || (options.includeGarbageCollected === true && struct instanceof Y.GC)
    if (!counts) continue
    const { client, clock } = struct.id
    const known = knownState.get(client) ?? 0
    const start = Math.max(clock, known)
    const end = clock + struct.length
    if (end <= start) continue
    const last = inserted.at(-1)
    if (last && last[0] === client && last[1] + last[2] === start) last[2] += end - start
    else inserted.push([client, start, end - start])
  }
  const deleted: ItemRange[] = []
  for (const [client, deletions] of decoded.ds.clients) {
    for (const deletion of deletions) deleted.push([client, deletion.clock, deletion.len])
  }
  return { inserted, deleted }
}
