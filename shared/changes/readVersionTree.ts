import * as Y from 'yjs'
import { getConceptSchema } from '../schema/getConceptSchema'
import { NodeName } from '../schema/nodeNames'
import { sanitizeAttributes } from '../schema/validation/sanitizeAttributes'
import { isVisibleIn } from './isVisibleIn'
import type { ItemReader } from './ItemReader'

/** A block as it stands in one version. */
export interface VersionNode {
  item: Y.Item
  element: Y.XmlElement
  /** The block id in this version, or null. */
  id: string | null
  /** Identity across versions: the block id where it is unique in its version, else the element item. */
  key: string
  type: string
  /** Valid attributes in this version, the id included. */
  attributes: Record<string, unknown>
  parent: VersionNode | null
  children: VersionNode[]
  textblock: boolean
  /** Index among the parent's blocks in this version. */
  index: number
}

/** The blocks of one version, and each block by its key. */
export interface VersionTree {
  roots: VersionNode[]
  byKey: Map<string, VersionNode>
}

const listTypes = new Set<string>([NodeName.bulletList, NodeName.orderedList, NodeName.listItem])

/** Reads the block structure of the version `snapshot` from the items of a gc-free document; inline content is read later. */
export function readVersionTree(fragment: Y.XmlFragment, snapshot: Y.Snapshot, skippedItems: ReadonlySet<Y.Item>, reader: ItemReader): VersionTree {
  const nodes = schemaTextblocks()
  const read = (parent: Y.XmlFragment | Y.XmlElement, parentNode: VersionNode | null): VersionNode[] => {
    const children: VersionNode[] = []
    for (let item = parent._start; item !== null; item = item.right) {
      if (!(item.content instanceof Y.ContentType) || skippedItems.has(item) || !isVisibleIn(item, snapshot)) continue
      const element = item.content.type
      if (!(element instanceof Y.XmlElement)) continue
      const attributes = sanitizeAttributes(element.nodeName, reader.attributesAt(element, snapshot)).valid
      const node: VersionNode = {
        item,
        element,
        id: typeof attributes['id'] === 'string' ? attributes['id'] : null,
        key: '',
        type: element.nodeName,
        attributes,
        parent: parentNode,
        children: [],
        textblock: nodes.has(element.nodeName),
        index: children.length,
      }
      if (!node.textblock) node.children = read(element, node)
      children.push(node)
    }
    return children
  }
  return { roots: read(fragment, null), byKey: new Map() }
}

/**
 * Gives the blocks of both versions their keys: a block id unique in its version is the key (so that a
 * block re-created by the binding, moved or reordered is still the same block); duplicated or missing
 * ids fall back to the element item, where the element that stands in the other version (or one under the
 * same parent) keeps the id.
 */
export function assignKeys(older: VersionTree, newer: VersionTree, insertedOrder: (item: Y.Item) => number, snapshots: { older: Y.Snapshot; newer: Y.Snapshot }) {
  const olderCounts = countIds(older.roots)
  const newerCounts = countIds(newer.roots)
  const assign = (tree: VersionTree, counts: Map<string, VersionNode[]>, otherCounts: Map<string, VersionNode[]>, own: Y.Snapshot, other: Y.Snapshot) => {
    const decided = new Map<string, VersionNode | undefined>()
    // Level by level, so that duplicates are told apart by their parents' keys.
    for (let level: readonly VersionNode[] = tree.roots; level.length > 0; level = level.flatMap((node) => node.children)) {
      for (const node of level) {
        const candidates = node.id === null ? undefined : counts.get(node.id)
        if (node.id === null || !candidates) node.key = itemKey(node.item)
        else if (candidates.length === 1) node.key = node.id
        else {
          if (!decided.has(node.id)) decided.set(node.id, keeperOf(candidates.filter((candidate) => depthOf(candidate) === depthOf(node)), otherCounts.get(node.id), insertedOrder, own, other))
          node.key = decided.get(node.id) === node ? node.id : itemKey(node.item)
        }
        tree.byKey.set(node.key, node)
      }
    }
  }
  assign(older, olderCounts, newerCounts, snapshots.older, snapshots.newer)
  assign(newer, newerCounts, olderCounts, snapshots.newer, snapshots.older)
}

/**
 * Of duplicates (two sessions re-created the same block at once, or one re-created it while another emptied
 * it), the one at the same place (under the same parent block) holding the counterpart's text keeps the id;
 * then the element the other version has; then the one that arrived first. The others are blocks of their own.
 */
function keeperOf(nodes: readonly VersionNode[], others: readonly VersionNode[] | undefined, insertedOrder: (item: Y.Item) => number, own: Y.Snapshot, other: Y.Snapshot): VersionNode | undefined {
  const counterpart = others?.length === 1 ? others[0]! : undefined
  if (!counterpart) return undefined
  const place = placeKeyOf(counterpart)
  const text = textIn(counterpart.element, other)
  const rank = (node: VersionNode) => (placeKeyOf(node) === place ? 4 : 0) + (text !== '' && textIn(node.element, own) === text ? 2 : 0) + (node.item === counterpart.item ? 1 : 0)
  return [...nodes].sort((a, b) => rank(b) - rank(a) || insertedOrder(a.item) - insertedOrder(b.item))[0]
}

/** The key (or, before keys are given, the id) of the nearest ancestor outside lists. */
function placeKeyOf(node: VersionNode): string {
  let parent = node.parent
  while (parent && listTypes.has(parent.type)) parent = parent.parent
  return parent ? parent.key || (parent.id ?? itemKey(parent.item)) : ''
}

function depthOf(node: VersionNode): number {
  let depth = 0
  for (let parent = node.parent; parent; parent = parent.parent) depth += 1
  return depth
}

/** The text an element holds in a version, for telling duplicates apart. */
function textIn(element: Y.XmlElement, snapshot: Y.Snapshot): string {
  let text = ''
  for (let item = element._start; item !== null; item = item.right) {
    if (!isVisibleIn(item, snapshot) || !(item.content instanceof Y.ContentType)) continue
    const type = item.content.type
    if (type instanceof Y.XmlElement) text += textIn(type, snapshot)
    else if (type instanceof Y.XmlText) {
      for (let part = type._start; part !== null; part = part.right) if (part.content instanceof Y.ContentString && isVisibleIn(part, snapshot)) text += part.content.str
    }
  }
  return text
}

/** The key of the nearest ancestor outside lists: list containers re-created around a list item do not move it. */
export function placeOf(node: VersionNode): string {
  let parent = node.parent
  while (parent && listTypes.has(parent.type)) parent = parent.parent
  return parent?.key ?? ''
}

export function visit(nodes: readonly VersionNode[], callback: (node: VersionNode) => void) {
  for (const node of nodes) {
    callback(node)
    visit(node.children, callback)
  }
}

function countIds(roots: readonly VersionNode[]): Map<string, VersionNode[]> {
  const counts = new Map<string, VersionNode[]>()
  visit(roots, (node) => {
    if (node.id === null) return
    const list = counts.get(node.id)
    if (list) list.push(node)
    else counts.set(node.id, [node])
  })
  return counts
}

function itemKey(item: Y.Item): string {
  return `@${item.id.client}.${item.id.clock}`
}

function schemaTextblocks(): Set<string> {
  return new Set(Object.values(getConceptSchema().nodes).filter((type) => type.isTextblock).map((type) => type.name))
}
