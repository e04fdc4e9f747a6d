import * as Y from 'yjs'
import { getConceptSchema } from '../schema/getConceptSchema'
import { NodeName } from '../schema/nodeNames'
import { sanitizeAttributes } from '../schema/validation/sanitizeAttributes'
import { isVisibleIn } from './isVisibleIn'

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
export function readVersionTree(fragment: Y.XmlFragment, snapshot: Y.Snapshot, skippedItems: ReadonlySet<Y.Item>): VersionTree {
  const nodes = schemaTextblocks()
  const read = (parent: Y.XmlFragment | Y.XmlElement, parentNode: VersionNode | null): VersionNode[] => {
    const children: VersionNode[] = []
    for (let item = parent._start; item !== null; item = item.right) {
      if (!(item.content instanceof Y.ContentType) || skippedItems.has(item) || !isVisibleIn(item, snapshot)) continue
      const element = item.content.type
      if (!(element instanceof Y.XmlElement)) continue
      const attributes = sanitizeAttributes(element.nodeName, element.getAttributes(snapshot)).valid
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
export function assignKeys(older: VersionTree, newer: VersionTree) {
  const olderCounts = countIds(older.roots)
  const newerCounts = countIds(newer.roots)
  const assign = (tree: VersionTree, counts: Map<string, VersionNode[]>, otherCounts: Map<string, VersionNode[]>) => {
    const keepers = new Set<string>()
    // In document order, so that a duplicate's parent already has its key.
    visit(tree.roots, (node) => {
      const duplicates = node.id === null ? undefined : counts.get(node.id)
      if (node.id !== null && duplicates?.length === 1) node.key = node.id
      else if (node.id !== null && !keepers.has(node.id) && keepsId(node, otherCounts.get(node.id))) {
        keepers.add(node.id)
        node.key = node.id
      } else {
        node.key = itemKey(node.item)
      }
      tree.byKey.set(node.key, node)
    })
  }
  assign(older, olderCounts, newerCounts)
  assign(newer, newerCounts, olderCounts)
}

/** Of duplicates, the element the other version has keeps the id, else the one under the same parent. */
function keepsId(node: VersionNode, others: readonly VersionNode[] | undefined): boolean {
  const counterpart = others?.length === 1 ? others[0]! : undefined
  if (!counterpart) return false
  if (counterpart.item === node.item) return true
  const parentKey = counterpart.parent ? counterpart.parent.key || counterpart.parent.id : null
  return (node.parent?.key ?? null) === parentKey
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
