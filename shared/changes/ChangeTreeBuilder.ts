import type * as Y from 'yjs'
import type { ItemRange } from '../history/UpdateAttribution'
import { getConceptSchema } from '../schema/getConceptSchema'
import { NodeName } from '../schema/nodeNames'
import { buildTextRuns, type TextRunContext } from './buildTextRuns'
import type { ChangeAuthors } from './ChangeAuthors'
import { attributeChangeId, moveChangeId, reorderChangeId, runChangeId } from './changeIds'
import type { AttributeChange, ChangeBlock, ChangeStatus } from './ChangeModel'
import { readTextPieces } from './readTextPieces'
import { placeOf, visit, type VersionNode, type VersionTree } from './readVersionTree'

export interface ChangeTreeContext extends TextRunContext {
  authors: ChangeAuthors
  older: VersionTree
  newer: VersionTree
  numbersFrom: ReadonlyMap<string, string>
  numbersTo: ReadonlyMap<string, string>
}

type Relation = { kind: 'inPlace'; partner: VersionNode } | { kind: 'moved'; partner: VersionNode } | { kind: 'none' }

/** How often the tree is built again with contradicting blocks taken as moved. */
const maxRebuilds = 4
/** Above this many reordered candidates, the stable order is found without preferring blocks that kept their element. */
const weightedOrderLimit = 400
const ignoredAttributes = new Set(['id', 'ychange'])

/**
 * Merges the block trees of two versions into the tree of a change model. Blocks are the same block when
 * they carry the same id (the editor binding re-creates elements with their ids when it joins, splits,
 * moves or reorders), so a block re-created at the same place is unchanged, one that stands elsewhere
 * among the same siblings is reordered, and one under another parent is moved; what changed inside them
 * is compared as well.
 */
export class ChangeTreeBuilder {
  constructor(private readonly context: ChangeTreeContext) {}

  /** Blocks at the same place under another container whose new position contradicts the older order: moves after all. */
  private readonly forcedMoves = new Set<string>()
  /** Pairs kept in place under another container, in the current build. */
  private readonly unorderedPairs = new Set<string>()
  private readonly keyOfBlock = new Map<ChangeBlock, string>()

  /** The merged top-level blocks, and their older order where it differs from the merged one. */
  build(): { blocks: ChangeBlock[]; olderOrder?: number[] } {
    for (let attempt = 0; ; attempt += 1) {
      this.unorderedPairs.clear()
      this.keyOfBlock.clear()
      this.pendingOlderOrder.clear()
      const blocks = this.mergeChildren(this.context.older.roots, this.context.newer.roots)
      const olderOrder = this.pendingOlderOrder.get(blocks)
      const contradicting = attempt < maxRebuilds ? this.contradictingPairs(blocks, olderOrder) : []
      if (contradicting.length === 0) return olderOrder ? { blocks, olderOrder } : { blocks }
      for (const key of contradicting) this.forcedMoves.add(key)
    }
  }

  /**
   * Blocks kept in place under another container (a list item lifted out of its list, a list split in two)
   * read in the older side of the merged tree where they stand now; where that contradicts the older
   * order, they are taken as moved, so that the older side reads exactly as the older version.
   */
  private contradictingPairs(blocks: readonly ChangeBlock[], olderOrder: readonly number[] | undefined): string[] {
    if (this.unorderedPairs.size === 0) return []
    const olderPosition = new Map<string, number>()
    visit(this.context.older.roots, (node) => olderPosition.set(node.key, olderPosition.size))
    const reading: string[] = []
    const read = (list: readonly ChangeBlock[], order: readonly number[] | undefined) => {
      for (const index of order ?? list.map((_, position) => position)) {
        const block = list[index]!
        if (block.status === 'inserted') continue
        const key = this.keyOfBlock.get(block)
        if (key !== undefined && olderPosition.has(key)) reading.push(key)
        read(block.children, block.olderOrder)
      }
    }
    read(blocks, olderOrder)
    const positions = reading.map((key) => olderPosition.get(key)!)
    const kept = new Set(increasingSubsequence(positions).map((index) => reading[index]!))
    return reading.filter((key) => !kept.has(key) && this.unorderedPairs.has(key))
  }

  private relationOfNewer(node: VersionNode): Relation {
    const partner = this.context.older.byKey.get(node.key)
    if (!partner || partner.type !== node.type) return { kind: 'none' }
    return placeOf(partner) === placeOf(node) && !this.forcedMoves.has(node.key) ? { kind: 'inPlace', partner } : { kind: 'moved', partner }
  }

  private relationOfOlder(node: VersionNode): Relation {
    const partner = this.context.newer.byKey.get(node.key)
    if (!partner || partner.type !== node.type) return { kind: 'none' }
    return placeOf(partner) === placeOf(node) && !this.forcedMoves.has(node.key) ? { kind: 'inPlace', partner } : { kind: 'moved', partner }
  }

  private mergeChildren(olderList: readonly VersionNode[], newerList: readonly VersionNode[]): ChangeBlock[] {
    const olderSet = new Set(olderList)
    // Pairs that stand in both lists, in older order, with their newer index.
    const ordered: { older: VersionNode; newer: VersionNode; newerIndex: number }[] = []
    const newerIndexOf = new Map<VersionNode, number>(newerList.map((node, index) => [node, index]))
    for (const older of olderList) {
      const relation = this.relationOfOlder(older)
      if (relation.kind === 'inPlace' && newerIndexOf.has(relation.partner)) ordered.push({ older, newer: relation.partner, newerIndex: newerIndexOf.get(relation.partner)! })
    }
    const stable = stablePairs(ordered)
    const merged: ChangeBlock[] = []
    const mergedIndexOfOlder = new Map<VersionNode, number>()
    let olderPosition = 0
    const flushOlder = (until: number) => {
      for (; olderPosition < until; olderPosition += 1) {
        const older = olderList[olderPosition]!
        const relation = this.relationOfOlder(older)
        if (relation.kind === 'inPlace') continue
        const block = relation.kind === 'moved' ? this.movedAway(older, relation.partner) : this.onlyOlder(older)
        if (!block) continue
        this.keyOfBlock.set(block, older.key)
        mergedIndexOfOlder.set(older, merged.length)
        merged.push(block)
      }
    }
    for (const newer of newerList) {
      const relation = this.relationOfNewer(newer)
      if (relation.kind === 'inPlace') {
        const { partner } = relation
        if (stable.has(partner)) flushOlder(partner.index + 1)
        const block = this.pair(partner, newer)
        this.keyOfBlock.set(block, newer.key)
        if (olderSet.has(partner) && !stable.has(partner)) block.reorder = this.reorder(partner, newer)
        if (olderSet.has(partner)) mergedIndexOfOlder.set(partner, merged.length)
        else this.unorderedPairs.add(newer.key)
        merged.push(block)
      } else if (relation.kind === 'moved') {
        merged.push(this.movedHere(relation.partner, newer))
      } else {
        const block = this.onlyNewer(newer)
        if (block) merged.push(block)
      }
    }
    flushOlder(olderList.length)
    const olderOrder = olderList.filter((node) => mergedIndexOfOlder.has(node)).map((node) => mergedIndexOfOlder.get(node)!)
    if (olderOrder.some((index, position) => position > 0 && index < olderOrder[position - 1]!)) this.pendingOlderOrder.set(merged, olderOrder)
    return merged
  }

  /** Older orders of merged child lists, attached to their parent blocks once those exist. */
  private readonly pendingOlderOrder = new Map<ChangeBlock[], number[]>()

  private withChildren(block: ChangeBlock, children: ChangeBlock[]): ChangeBlock {
    block.children = children
    const olderOrder = this.pendingOlderOrder.get(children)
    if (olderOrder) {
      block.olderOrder = olderOrder
      this.pendingOlderOrder.delete(children)
    }
    return block
  }

  /** A block in both versions: its attributes and content compared. */
  private pair(older: VersionNode, newer: VersionNode, status: ChangeStatus = 'unchanged'): ChangeBlock {
    const block = this.baseBlock(newer, status, stripIgnored(newer.attributes))
    block.attributeChanges = this.compareAttributes(older, newer)
    this.number(block, older.id ?? newer.id)
    if (newer.textblock) block.runs = buildTextRuns(older.element, newer.element, newer.id ?? older.id, this.context, true)
    else this.withChildren(block, this.mergeChildren(older.children, newer.children))
    return block
  }

  /** A block only the newer version has (or a container the binding re-created around blocks that stayed). */
  private onlyNewer(newer: VersionNode): ChangeBlock | null {
    const block = this.baseBlock(newer, 'inserted', stripIgnored(newer.attributes))
    this.number(block, newer.id)
    if (newer.textblock) {
      block.runs = buildTextRuns(null, newer.element, newer.id, this.context, false)
      return this.wholeBlock(block, newer.item, 'inserted')
    }
    this.withChildren(block, this.mergeChildren([], newer.children))
    if (block.children.some((child) => child.status !== 'inserted')) return this.restructured(block)
    return this.wholeBlock(block, newer.item, 'inserted')
  }

  /** A block only the older version has. */
  private onlyOlder(older: VersionNode): ChangeBlock | null {
    const block = this.baseBlock(older, 'deleted', stripIgnored(older.attributes))
    this.number(block, older.id)
    if (older.textblock) {
      block.runs = buildTextRuns(older.element, null, older.id, this.context, false)
      return this.wholeBlock(block, older.item, 'deleted')
    }
    this.withChildren(block, this.mergeChildren(older.children, []))
    // Everything it held stands elsewhere now: the container itself is gone, not its content.
    if (older.children.length > 0 && block.children.length === 0) return null
    if (block.children.some((child) => child.status !== 'deleted')) return this.restructured(block)
    return this.wholeBlock(block, older.item, 'deleted')
  }

  /** A moved block at its new place: its content compared with where it came from. */
  private movedHere(older: VersionNode, newer: VersionNode): ChangeBlock {
    const block = this.pair(older, newer, 'inserted')
    const move = this.move(older, newer)
    block.move = move
    block.changeId = move.changeId
    block.author = move.author
    block.changed = true
    return block
  }

  /** A moved block at its old place: as it stood. */
  private movedAway(older: VersionNode, newer: VersionNode): ChangeBlock {
    const block = this.baseBlock(older, 'deleted', stripIgnored(older.attributes))
    this.number(block, older.id)
    if (older.textblock) block.runs = buildTextRuns(older.element, null, older.id, this.context, false)
    else this.withChildren(block, this.olderContent(older.children))
    stripChangeIds(block)
    const move = this.move(older, newer)
    block.move = move
    block.changeId = move.changeId
    block.author = move.author
    block.changed = true
    return block
  }

  /** The older content of a block that moved away, whole, whatever stands elsewhere now. */
  private olderContent(children: readonly VersionNode[]): ChangeBlock[] {
    return children.map((child) => {
      const block = this.baseBlock(child, 'deleted', stripIgnored(child.attributes))
      this.number(block, child.id)
      if (child.textblock) block.runs = buildTextRuns(child.element, null, child.id, this.context, false)
      else block.children = this.olderContent(child.children)
      return block
    })
  }

  private move(older: VersionNode, newer: VersionNode) {
    return {
      changeId: moveChangeId([newer.item.id.client, newer.item.id.clock]),
      from: this.describePlace(older, this.context.numbersFrom),
      to: this.describePlace(newer, this.context.numbersTo),
      author: this.context.authors.inserted(newer.item.id.client, newer.item.id.clock),
      ranges: [itemRange(older.item), itemRange(newer.item)],
    }
  }

  private reorder(older: VersionNode, newer: VersionNode) {
    const recreated = older.item !== newer.item
    return {
      changeId: reorderChangeId([newer.item.id.client, newer.item.id.clock]),
      fromIndex: older.index,
      toIndex: newer.index,
      author: recreated ? this.context.authors.inserted(newer.item.id.client, newer.item.id.clock) : null,
      ranges: recreated ? [itemRange(older.item), itemRange(newer.item)] : [itemRange(newer.item)],
    }
  }

  /** Where a block stands, for the move summary: the enclosing Handlungsfeld's number and title, or the document start. */
  private describePlace(node: VersionNode, numbers: ReadonlyMap<string, string>): string {
    let section: VersionNode | null = node.parent
    while (section && section.type !== NodeName.handlungsfeld) section = section.parent
    if (!section) return 'Dokumentanfang'
    const title = section.children.find((child) => child.type === NodeName.handlungsfeldTitel)
    const version = numbers === this.context.numbersFrom ? 'older' : 'newer'
    const titleText = title ? readTextPieces(title.element, this.context).filter((piece) => piece[version]).map((piece) => piece.text).join('') : ''
    const number = section.id ? (numbers.get(section.id) ?? '') : ''
    return `${number} ${titleText}`.trim()
  }

  private baseBlock(node: VersionNode, status: ChangeStatus, attributes: Record<string, unknown>): ChangeBlock {
    const block: ChangeBlock = { id: node.id, type: node.type, status, attributes, attributeChanges: [], changed: status !== 'unchanged', children: [], runs: [] }
    if (status !== 'deleted') block.element = [node.item.id.client, node.item.id.clock]
    return block
  }

  private wholeBlock(block: ChangeBlock, item: Y.Item, status: 'inserted' | 'deleted'): ChangeBlock {
    stripChangeIds(block)
    const id: [number, number] = [item.id.client, item.id.clock]
    block.changeId = runChangeId(status, id, id)
    block.ranges = [itemRange(item)]
    block.author = status === 'inserted' ? this.context.authors.inserted(id[0], id[1]) : this.context.authors.deleted(id[0], id[1])
    return block
  }

  private restructured(block: ChangeBlock): ChangeBlock {
    block.status = 'unchanged'
    block.changed = false
    return block
  }

  private number(block: ChangeBlock, id: string | null) {
    if (!id) return
    const from = this.context.numbersFrom.get(id) ?? null
    const to = this.context.numbersTo.get(id) ?? null
    if (from !== null || to !== null) block.number = { from: block.status === 'inserted' ? null : from, to: block.status === 'deleted' ? null : to }
  }

  private compareAttributes(older: VersionNode, newer: VersionNode): AttributeChange[] {
    // Absent (or removed as invalid) reads as the schema's default, as ProseMirror reads it; the editor binding writes the default on its next edit.
    const defaults = defaultAttributes(newer.type)
    const before = stripIgnored({ ...defaults, ...older.attributes })
    const after = stripIgnored({ ...defaults, ...newer.attributes })
    const changes: AttributeChange[] = []
    for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
      if (JSON.stringify(before[key] ?? null) === JSON.stringify(after[key] ?? null)) continue
      const entry = this.context.authors.attributeEntry(newer.element, key)
      changes.push({
        changeId: attributeChangeId([newer.item.id.client, newer.item.id.clock], key, entry ? [entry.client, entry.clock] : null),
        key,
        from: before[key] ?? null,
        to: after[key] ?? null,
        author: this.context.authors.attribute(newer.element, key, older.element),
        ranges: entry ? [[entry.client, entry.clock, 1]] : [itemRange(newer.item)],
      })
    }
    return changes
  }
}

/**
 * The pairs that keep their order (a longest increasing subsequence of newer indexes), preferring pairs
 * whose element the binding kept: the block it re-created elsewhere is the one that was reordered.
 */
function stablePairs(ordered: readonly { older: VersionNode; newer: VersionNode; newerIndex: number }[]): Set<VersionNode> {
  const stable = new Set<VersionNode>()
  if (ordered.every((pair, index) => index === 0 || pair.newerIndex > ordered[index - 1]!.newerIndex)) {
    for (const pair of ordered) stable.add(pair.older)
    return stable
  }
  const weight = (index: number) => (ordered[index]!.older.item === ordered[index]!.newer.item ? 3 : 2)
  const count = ordered.length
  const best = new Array<number>(count).fill(0)
  const previous = new Array<number>(count).fill(-1)
  if (count <= weightedOrderLimit) {
    for (let index = 0; index < count; index += 1) {
      best[index] = weight(index)
      for (let before = 0; before < index; before += 1) {
        if (ordered[before]!.newerIndex < ordered[index]!.newerIndex && best[before]! + weight(index) > best[index]!) {
          best[index] = best[before]! + weight(index)
          previous[index] = before
        }
      }
    }
  } else {
    // Patience sorting: tails[length] is the index ending the best increasing run of that length.
    const tails: number[] = []
    for (let index = 0; index < count; index += 1) {
      let low = 0
      let high = tails.length
      while (low < high) {
        const middle = (low + high) >> 1
        if (ordered[tails[middle]!]!.newerIndex < ordered[index]!.newerIndex) low = middle + 1
        else high = middle
      }
      previous[index] = low > 0 ? tails[low - 1]! : -1
      tails[low] = index
      best[index] = low + 1
    }
  }
  let end = 0
  for (let index = 1; index < count; index += 1) if (best[index]! > best[end]!) end = index
  for (let index = end; index >= 0; index = previous[index]!) stable.add(ordered[index]!.older)
  return stable
}

/** Indexes of a longest strictly increasing subsequence of `values`. */
function increasingSubsequence(values: readonly number[]): number[] {
  const tails: number[] = []
  const previous = new Array<number>(values.length).fill(-1)
  for (let index = 0; index < values.length; index += 1) {
    let low = 0
    let high = tails.length
    while (low < high) {
      const middle = (low + high) >> 1
      if (values[tails[middle]!]! < values[index]!) low = middle + 1
      else high = middle
    }
    previous[index] = low > 0 ? tails[low - 1]! : -1
    tails[low] = index
  }
  const result: number[] = []
  for (let index = tails.at(-1) ?? -1; index >= 0; index = previous[index]!) result.push(index)
  return result.reverse()
}

function stripChangeIds(block: ChangeBlock) {
  delete block.changeId
  delete block.author
  delete block.ranges
  for (const run of block.runs) delete run.changeId
  for (const child of block.children) stripChangeIds(child)
}

function itemRange(item: Y.Item): ItemRange {
  return [item.id.client, item.id.clock, 1]
}

function stripIgnored(attributes: Record<string, unknown>): Record<string, unknown> {
  const result: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(attributes)) if (!ignoredAttributes.has(key) && value !== undefined) result[key] = value
  return result
}

function defaultAttributes(nodeName: string): Record<string, unknown> {
  const specs = getConceptSchema().nodes[nodeName]?.spec.attrs ?? {}
  return Object.fromEntries(Object.entries(specs).map(([key, spec]) => [key, (spec as { default?: unknown }).default ?? null]))
}
