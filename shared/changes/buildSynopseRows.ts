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
  const visit = (blocks: readonly ChangeBlock[], kind: SynopseLine['kind']) => {
    for (const block of blocks) {
      if (block.runs.length > 0 || block.children.length === 0 || unitTypes.has(block.type)) {
        rows.push(toRow(block, kind))
        continue
      }
      visit(block.children, block.type === NodeName.listItem ? 'listItem' : kind)
    }
  }
  visit(model.blocks, 'text')
  return rows
}

function toRow(block: ChangeBlock, kind: SynopseLine['kind']): SynopseRow {
  const lines = linesOf(block, null, block.type === NodeName.heading || block.type === NodeName.handlungsfeldTitel ? 'heading' : kind)
  return {
    id: block.id,
    left: block.status === 'inserted' ? null : cell(block, lines, 'inserted', block.number?.from ?? null),
    right: block.status === 'deleted' ? null : cell(block, lines, 'deleted', block.number?.to ?? null),
    changed: block.changed,
  }
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

function cell(block: ChangeBlock, lines: SynopseLine[], hidden: ChangeRun['status'], number: string | null): SynopseCell {
  return {
    type: block.type,
    number,
    attributes: block.attributes,
    lines: lines.map((line) => ({ ...line, runs: line.runs.filter((run) => run.status !== hidden) })),
  }
}
