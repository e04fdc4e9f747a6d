import * as Y from 'yjs'
import { ItemReader } from '../changes/ItemReader'
import { blockTypeLabel } from '../changes/blockLabels'
import { numberVersionTree } from '../changes/numberVersionTree'
import { readVersionTree, visit, type VersionNode } from '../changes/readVersionTree'
import { CONTENT_FRAGMENT, NodeName } from '../schema/nodeNames'
import { labelledFieldLabel } from '../schema/nodes/labelledField/labelledFieldLabel'
import type { HistoryPlace } from './HistoryPlace'
import type { UpdateAttribution } from './UpdateAttribution'

const unitTypes = new Set<string>([NodeName.teilziel, NodeName.massnahme, NodeName.oberziel])

/**
 * Places the changes of attributed updates in the document as it stands now (a gc-free Y.Doc keeps deleted
 * items with their parents): for each update, the places it touched — section number, block label, the block
 * to open — with the characters it inserted and deleted there. Places are labelled as the change model
 * labels them ("Teilziel 2 · Zielgruppe", "Maßnahme S1"); a place whose block was deleted later keeps its
 * label and points at the nearest block that still stands.
 */
export function createHistoryLocator(ydoc: Y.Doc): (attribution: UpdateAttribution) => HistoryPlace[] {
  const reader = new ItemReader(ydoc)
  const tree = readVersionTree(ydoc.getXmlFragment(CONTENT_FRAGMENT), Y.snapshot(ydoc), new Set(), reader)
  const numbers = numberVersionTree(tree.roots)
  const nodes = new Map<Y.XmlElement, VersionNode>()
  visit(tree.roots, (node) => nodes.set(node.element, node))
  const placeCache = new Map<Y.XmlElement | null, Omit<HistoryPlace, 'insertedCharacters' | 'deletedCharacters'>>()

  const placeOf = (start: Y.XmlElement | null) => {
    const cached = placeCache.get(start)
    if (cached) return cached
    const chain: Y.XmlElement[] = []
    for (let element: Y.XmlElement | null = start; element; element = element._item?.parent instanceof Y.XmlElement ? element._item.parent : null) chain.push(element)
    const standing = chain.map((element) => nodes.get(element)).filter((node): node is VersionNode => node !== undefined)
    const section = chain.find((element) => element.nodeName === NodeName.handlungsfeld)
    const sectionId = section ? reader.lastIdOf(section) : null
    const heading = chain.find((element) => element.nodeName === NodeName.heading)
    const headingId = heading ? reader.lastIdOf(heading) : null
    const place = {
      blockId: standing.find((node) => node.id !== null)?.id ?? null,
      sectionNumber: (sectionId ? numbers.get(sectionId) : undefined) ?? (headingId ? numbers.get(headingId) : undefined) ?? null,
      blockLabel: labelOf(chain, nodes, tree.roots),
    }
    placeCache.set(start, place)
    return place
  }

  return (attribution) => {
    const places = new Map<string, HistoryPlace>()
    const add = (ranges: UpdateAttribution['inserted'], key: 'insertedCharacters' | 'deletedCharacters') => {
      for (const range of ranges) {
        for (const { item, from, to } of reader.itemsIn(range)) {
          const place = placeOf(enclosingElement(item))
          const placeKey = `${place.blockId ?? ''}|${place.sectionNumber ?? ''}|${place.blockLabel}`
          const entry = places.get(placeKey) ?? { ...place, insertedCharacters: 0, deletedCharacters: 0 }
          if (item.content instanceof Y.ContentString) entry[key] += to - from
          places.set(placeKey, entry)
        }
      }
    }
    add(attribution.inserted, 'insertedCharacters')
    add(attribution.deleted, 'deletedCharacters')
    return [...places.values()]
  }
}

/** The element a changed item belongs to: the element itself for an inserted or deleted block, else the element around it. */
function enclosingElement(item: Y.Item): Y.XmlElement | null {
  if (item.content instanceof Y.ContentType && item.content.type instanceof Y.XmlElement) return item.content.type
  let parent = item.parent
  if (parent instanceof Y.XmlText) parent = parent._item?.parent ?? null
  return parent instanceof Y.XmlElement ? parent : null
}

function labelOf(chain: readonly Y.XmlElement[], nodes: ReadonlyMap<Y.XmlElement, VersionNode>, roots: readonly VersionNode[]): string {
  const unit = chain.find((element) => unitTypes.has(element.nodeName))
  const field = chain.find((element) => element.nodeName !== NodeName.oberziel && labelledFieldLabel(element.nodeName, {}) !== null)
  if (unit) {
    const unitNode = nodes.get(unit)
    const unitLabel = describeUnit(unit, unitNode, roots)
    if (!field || field.nodeName === NodeName.massnahmeText) return unitLabel
    const fieldLabel = field.nodeName === NodeName.teilzielZiel ? 'Ziel' : labelledFieldLabel(field.nodeName, nodes.get(field)?.attributes ?? {})
    return fieldLabel ? `${unitLabel} · ${fieldLabel}` : unitLabel
  }
  const insideListItem = chain.some((element) => element.nodeName === NodeName.listItem)
  const innermost = chain[0]
  if (!innermost) return blockTypeLabel('')
  if (insideListItem && innermost.nodeName === NodeName.paragraph) return 'Listenpunkt'
  return blockTypeLabel(innermost.nodeName)
}

function describeUnit(unit: Y.XmlElement, node: VersionNode | undefined, roots: readonly VersionNode[]): string {
  if (unit.nodeName === NodeName.oberziel) return labelledFieldLabel(NodeName.oberziel, node?.attributes ?? {}) ?? 'Oberziel'
  if (unit.nodeName === NodeName.massnahme) {
    const code = typeof node?.attributes['code'] === 'string' ? node.attributes['code'].trim() : ''
    return code ? `Maßnahme ${code}` : 'Maßnahme'
  }
  if (!node) return 'Teilziel (gelöscht)'
  const siblings = node.parent ? node.parent.children : roots
  const ordinal = siblings.filter((sibling) => sibling.type === NodeName.teilziel).indexOf(node) + 1
  return ordinal > 0 ? `Teilziel ${ordinal}` : 'Teilziel'
}
