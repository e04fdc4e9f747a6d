import { NodeName } from '../schema/nodeNames'
import { labelledFieldLabel } from '../schema/nodes/labelledField/labelledFieldLabel'
import { blockTypeLabel } from './blockLabels'
import type { ChangeBlock, ChangeLocation } from './ChangeModel'

interface Enclosing {
  sectionNumber: string | null
  /** The label of the enclosing Teilziel, Maßnahme, Oberziel or field; null outside them. */
  unitLabel: string | null
  insideListItem: boolean
}

/**
 * Gives every block of a change model its location: the derived number of the enclosing Handlungsfeld
 * and a German label ("Teilziel 2 · Zielgruppe", "Maßnahme S1", "Absatz"). Teilziele are counted within
 * their parent in the version the block belongs to (the older one for deleted blocks).
 */
export function assignLocations(blocks: readonly ChangeBlock[]): void {
  visit(blocks, { sectionNumber: null, unitLabel: null, insideListItem: false })
}

function visit(blocks: readonly ChangeBlock[], enclosing: Enclosing) {
  const olderCounts = new Map<string, number>()
  const newerCounts = new Map<string, number>()
  for (const block of blocks) {
    const olderIndex = block.status === 'inserted' ? null : count(olderCounts, block.type)
    const newerIndex = block.status === 'deleted' ? null : count(newerCounts, block.type)
    const position = newerIndex ?? olderIndex ?? 1
    const number = block.status === 'deleted' ? (block.number?.from ?? block.number?.to ?? null) : (block.number?.to ?? block.number?.from ?? null)
    const sectionNumber = block.type === NodeName.handlungsfeld ? number : enclosing.sectionNumber
    const unitLabel = labelInUnit(block, enclosing.unitLabel, position)
    const location: ChangeLocation = { sectionNumber, blockLabel: unitLabel ?? ownLabel(block, enclosing.insideListItem) }
    block.location = location
    visit(block.children, { sectionNumber, unitLabel, insideListItem: enclosing.insideListItem || block.type === NodeName.listItem })
  }
}

function count(counts: Map<string, number>, type: string): number {
  const next = (counts.get(type) ?? 0) + 1
  counts.set(type, next)
  return next
}

function labelInUnit(block: ChangeBlock, enclosingUnit: string | null, position: number): string | null {
  if (block.type === NodeName.teilziel) return `Teilziel ${position}`
  if (block.type === NodeName.massnahme) {
    const code = typeof block.attributes['code'] === 'string' ? block.attributes['code'].trim() : ''
    return `Maßnahme ${code || position}`
  }
  if (block.type === NodeName.oberziel) return labelledFieldLabel(block.type, block.attributes)
  const field = block.type === NodeName.teilzielZiel ? 'Ziel' : labelledFieldLabel(block.type, block.attributes)
  if (field && enclosingUnit) return block.type === NodeName.massnahmeText ? enclosingUnit : `${enclosingUnit} · ${field}`
  if (field) return field
  return enclosingUnit
}

function ownLabel(block: ChangeBlock, insideListItem: boolean): string {
  if (insideListItem && block.type === NodeName.paragraph) return 'Listenpunkt'
  return blockTypeLabel(block.type)
}
