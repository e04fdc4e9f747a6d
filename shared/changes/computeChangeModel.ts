import * as Y from 'yjs'
import type { ItemRange } from '../history/UpdateAttribution'
import { CONTENT_FRAGMENT } from '../schema/nodeNames'
import { inspectConceptContent } from '../schema/validation/inspectConceptContent'
import { assignLocations } from './assignLocations'
import type { AttributionIndex } from './AttributionIndex'
import { ChangeAuthors } from './ChangeAuthors'
import type { ChangeBlock, ChangeEntry, ChangeModel, VersionLabel } from './ChangeModel'
import { ChangeTreeBuilder } from './ChangeTreeBuilder'
import { collectChangeEntries } from './collectChangeEntries'
import { CopyIndex } from './CopyIndex'
import { ItemReader } from './ItemReader'
import { numberVersionTree } from './numberVersionTree'
import { assignKeys, readVersionTree } from './readVersionTree'

export interface ChangeModelInput {
  /** A gc-free document whose history reaches at least to the newer version. It is not modified. */
  ydoc: Y.Doc
  from: { snapshot: Y.Snapshot; label: VersionLabel }
  to: { snapshot: Y.Snapshot; label: VersionLabel }
  attributions: AttributionIndex
  /**
   * The item ranges of changes already decided, one entry per decision: no change mixes items inside a
   * decision with items outside it, so a decision keeps covering exactly its characters and text typed
   * next to it is a change of its own.
   */
  decided?: readonly (readonly ItemRange[])[]
}

/**
 * The one change model: the document between two versions with every block and text run marked
 * unchanged, inserted or deleted, attribute, mark, order changes and moves marked too, each with the
 * author and time the server recorded and the location in the document. Computed from the Yjs items
 * themselves: every character has exactly one status and one author (items are split at both snapshots'
 * boundaries and wherever the attribution log changes hands); blocks are identified by their ids, so what
 * the editor binding re-creates at the same place is unchanged. Content the schema does not allow (stored
 * by an older version of the server) is left out, as every reader leaves it out.
 */
export function computeChangeModel(input: ChangeModelInput): ChangeModel {
  // Read only: nothing here splits or writes items, so the live document can be read in place.
  const { ydoc } = input
  const fragment = ydoc.getXmlFragment(CONTENT_FRAGMENT)
  const from = input.from.snapshot
  const to = input.to.snapshot
  const skippedItems = inspectConceptContent(fragment, { includeDeleted: true }).skippedItems
  const reader = new ItemReader(ydoc)
  const copies = new CopyIndex(input.attributions.attributions, reader, (client, clock) => input.attributions.insertion(client, clock)?.order ?? -1)
  const authors = new ChangeAuthors(input.attributions, copies, reader, from, to)
  const older = readVersionTree(fragment, from, skippedItems, reader)
  const newer = readVersionTree(fragment, to, skippedItems, reader)
  const numbersFrom = numberVersionTree(older.roots)
  const numbersTo = numberVersionTree(newer.roots)
  assignKeys(older, newer, (item) => input.attributions.insertion(item.id.client, item.id.clock)?.order ?? -1, { older: from, newer: to })
  const decisions = indexDecisions(input.decided ?? [])
  const splitPoints = createSplitPoints(from, to, input.attributions, decisions)
  const { blocks, olderOrder } = new ChangeTreeBuilder({
    from,
    to,
    skippedItems,
    splitPoints,
    visibleIn: (client, clock, snapshot) => clock < (snapshot.sv.get(client) ?? 0) && !Y.isDeleted(snapshot.ds, Y.createID(client, clock)),
    groupOf: (client, clock) => decisionOf(decisions, client, clock),
    identityOf: (client, clock) => copies.rootOf(client, clock),
    authors,
    older,
    newer,
    numbersFrom,
    numbersTo,
  }).build()
  for (const block of blocks) recomputeChanged(block)
  assignLocations(blocks)
  const model: ChangeModel = { from: input.from.label, to: input.to.label, blocks, changes: collectChangeEntries(blocks) }
  if (olderOrder) model.olderOrder = olderOrder
  return model
}

type DecisionIndex = Map<number, { clock: number; end: number; group: number }[]>

function indexDecisions(decided: readonly (readonly ItemRange[])[]): DecisionIndex {
  const index: DecisionIndex = new Map()
  decided.forEach((ranges, group) => {
    for (const [client, clock, length] of ranges) {
      const list = index.get(client) ?? []
      if (list.length === 0) index.set(client, list)
      list.push({ clock, end: clock + length, group })
    }
  })
  for (const list of index.values()) list.sort((a, b) => a.clock - b.clock)
  return index
}

function decisionOf(index: DecisionIndex, client: number, clock: number): number {
  const list = index.get(client)
  if (!list) return -1
  let low = 0
  let high = list.length - 1
  let found = -1
  while (low <= high) {
    const middle = (low + high) >> 1
    if (list[middle]!.clock <= clock) {
      found = middle
      low = middle + 1
    } else {
      high = middle - 1
    }
  }
  // Ranges of different decisions may overlap (a decision on part of a decided run): the latest covering one counts.
  for (let candidate = found; candidate >= 0; candidate -= 1) if (clock < list[candidate]!.end) return list[candidate]!.group
  return -1
}

/** Per client, every clock where a text piece must end: snapshot states, deletions, attribution and decision boundaries. */
function createSplitPoints(from: Y.Snapshot, to: Y.Snapshot, attributions: AttributionIndex, decisions: DecisionIndex): (client: number) => readonly number[] {
  const cache = new Map<number, number[]>()
  return (client) => {
    let points = cache.get(client)
    if (points) return points
    const clocks = new Set<number>(attributions.boundaries(client))
    for (const snapshot of [from, to]) {
      const state = snapshot.sv.get(client)
      if (state !== undefined) clocks.add(state)
      for (const deletion of snapshot.ds.clients.get(client) ?? []) {
        clocks.add(deletion.clock)
        clocks.add(deletion.clock + deletion.len)
      }
    }
    for (const range of decisions.get(client) ?? []) {
      clocks.add(range.clock)
      clocks.add(range.end)
    }
    points = [...clocks].sort((a, b) => a - b)
    cache.set(client, points)
    return points
  }
}

function recomputeChanged(block: ChangeBlock): boolean {
  const childChanged = block.children.map(recomputeChanged).some(Boolean)
  block.changed =
    block.status !== 'unchanged' ||
    block.move !== undefined ||
    block.reorder !== undefined ||
    block.olderOrder !== undefined ||
    block.attributeChanges.length > 0 ||
    block.runs.some((run) => run.status !== 'unchanged' || (run.formatChanges?.length ?? 0) > 0) ||
    childChanged
  return block.changed
}

export type { ChangeEntry }
