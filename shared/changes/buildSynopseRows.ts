import { NodeName } from '../schema/nodeNames'
import { massnahmeFieldDefinitions } from '../schema/nodes/massnahme/massnahmeFieldDefinitions'
import { teilzielFieldDefinitions } from '../schema/nodes/teilziel/teilzielFieldDefinitions'
import type { ChangeBlock, ChangeModel, ChangeRun } from './ChangeModel'

export interface SynopseLine {
  /** The field label for the first line of a Teilziel or Maßnahme field, else null. */
  label: string | null
  /** 'listItem' for list entries, so that renderers can bullet or number them. */
  kind: 'text' | 'listItem' | 'heading'
  runs: ChangeRun[]
}

export interface SynopseCell {
  type: string
  number: string | null
  attributes: Record<string, unknown>
  lines: SynopseLine[]
}

/** One row of the two-column Synopse: the older version left, the newer right, aligned by block. */
export interface SynopseRow {
  id: string | null
  /** The older version's block; null where the block is new. */
  left: SynopseCell | null
  /** The newer version's block; null where the block was removed. */
  right: SynopseCell | null
  changed: boolean
}

const fieldLabels = new Map<string, string>([...teilzielFieldDefinitions, ...massnahmeFieldDefinitions].map((field) => [field.name, field.label]))
const unitTypes = new Set<string>([NodeName.teilziel, NodeName.massnahme, NodeName.oberziel])

/**
 * Rows of the Synopse, as in seed 004: one per paragraph, heading, list item, Oberziel, Teilziel and
 * Maßnahme, in document order. Left cells leave out insertions, right cells leave out deletions.
 */
export function buildSynopseRows(model: ChangeModel): SynopseRow[] {
  const rows: SynopseRow[] = []
  const visit = (blocks: readonly ChangeBlock[], kind: SynopseLine['kind'], parent: ChangeBlock | null) => {
    for (const block of blocks) {
      if (block.runs.length > 0 || block.children.length === 0 || unitTypes.has(block.type)) {
        // A Handlungsfeld's number belongs to the section; its title row shows it.
        const numbered = block.type === NodeName.handlungsfeldTitel && parent ? parent : block
        rows.push(toRow(block, kind, numbered.number))
        continue
      }
      visit(block.children, block.type === NodeName.listItem ? 'listItem' : kind, block)
    }
  }
  visit(model.blocks, 'text', null)
  return rows
}

function toRow(block: ChangeBlock, kind: SynopseLine['kind'], number: ChangeBlock['number']): SynopseRow {
  const lines = linesOf(block, null, block.type === NodeName.heading || block.type === NodeName.handlungsfeldTitel ? 'heading' : kind)
  return {
    id: block.id,
    left: block.status === 'inserted' ? null : cell(block, lines, 'inserted', number?.from ?? null, olderAttributes(block)),
    right: block.status === 'deleted' ? null : cell(block, lines, 'deleted', number?.to ?? null, block.attributes),
    changed: block.changed,
  }
}

/** The block's attributes as the older version had them. */
function olderAttributes(block: ChangeBlock): Record<string, unknown> {
  const attributes = { ...block.attributes }
  for (const change of block.attributeChanges) {
    if (change.from === null) delete attributes[change.key]
    else attributes[change.key] = change.from
  }
  return attributes
}

function linesOf(block: ChangeBlock, label: string | null, kind: SynopseLine['kind']): SynopseLine[] {
  if (block.runs.length > 0 || block.children.length === 0) return [{ label, kind, runs: block.runs }]
  const lines: SynopseLine[] = []
  for (const child of block.children) {
    const childLabel = fieldLabels.get(child.type) ?? null
    const childLines = linesOf(child, childLabel ?? null, child.type === NodeName.listItem ? 'listItem' : kind)
    lines.push(...childLines.map((line, index) => ({ ...line, label: index === 0 ? (childLabel ?? line.label) : null })))
  }
  return lines
}

function cell(block: ChangeBlock, lines: SynopseLine[], hidden: ChangeRun['status'], number: string | null, attributes: Record<string, unknown>): SynopseCell {
  return {
    type: block.type,
    number,
    attributes,
    lines: lines.map((line) => ({ ...line, runs: line.runs.filter((run) => run.status !== hidden) })),
  }
}
