import { NodeName } from '../schema/nodeNames'
import { labelledFieldLabel } from '../schema/nodes/labelledField/labelledFieldLabel'
import type { ChangeBlock, ChangeLocation, ChangeModel, ChangeRun } from './ChangeModel'

export interface SynopseLine {
  /** The field label for the first line of a Teilziel or Maßnahme field (in the document's wording), else null. */
  label: string | null
  /** The node type of the field the line opens, with `label`. */
  field?: string
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
  /** Section number and block label of the row's block. */
  location?: ChangeLocation
}

const unitTypes = new Set<string>([NodeName.teilziel, NodeName.massnahme, NodeName.oberziel])

/**
 * Rows of the Synopse, as in seed 004: one per paragraph, heading, list item, Oberziel, Teilziel and
 * Maßnahme, in document order. Left cells leave out insertions and show the older marks, right cells leave
 * out deletions. The left column reads in the older order: a reordered block gets a row of its own at
 * each place. A new empty list item gets no row.
 */
export function buildSynopseRows(model: ChangeModel): SynopseRow[] {
  const visit = (blocks: readonly ChangeBlock[], olderOrder: readonly number[] | undefined, kind: SynopseLine['kind'], parent: ChangeBlock | null): SynopseRow[] => {
    const groups = blocks.map((block, index) => {
      let rows: SynopseRow[]
      if (block.runs.length > 0 || block.children.length === 0 || unitTypes.has(block.type)) {
        // A Handlungsfeld's number belongs to the section; its title row shows it.
        const numbered = block.type === NodeName.handlungsfeldTitel && parent ? parent : block
        rows = [toRow(block, kind, numbered.number)]
      } else {
        rows = visit(block.children, block.olderOrder, block.type === NodeName.listItem ? 'listItem' : kind, block)
      }
      return { key: String(index), rows: block.reorder && olderOrder ? rows.filter((row) => row.right).map((row) => ({ ...row, left: null })) : rows }
    })
    if (olderOrder) placeOlderRows(blocks, olderOrder, groups, visit, kind, parent)
    return groups.flatMap((group) => group.rows)
  }
  return visit(model.blocks, model.olderOrder, 'text', null).filter((row) => !isNewEmptyListItem(row))
}

type Visit = (blocks: readonly ChangeBlock[], olderOrder: readonly number[] | undefined, kind: SynopseLine['kind'], parent: ChangeBlock | null) => SynopseRow[]

/** Puts the older rows of reordered blocks after the block that preceded them in the older version. */
function placeOlderRows(blocks: readonly ChangeBlock[], olderOrder: readonly number[], groups: { key: string; rows: SynopseRow[] }[], visit: Visit, kind: SynopseLine['kind'], parent: ChangeBlock | null) {
  let previous = -1
  for (const index of olderOrder) {
    const block = blocks[index]
    if (!block) continue
    if (!block.reorder) {
      previous = groups.findIndex((group) => group.key === String(index))
      continue
    }
    const rows = visit([{ ...block, reorder: undefined }], undefined, kind, parent)
      .filter((row) => row.left)
      .map((row) => ({ ...row, right: null }))
    groups.splice(previous + 1, 0, { key: `older:${index}`, rows })
    previous += 1
  }
}

function isNewEmptyListItem(row: SynopseRow): boolean {
  if (row.left !== null || row.right === null) return false
  return row.right.lines.every((line) => line.kind === 'listItem' && line.runs.every((run) => run.text.trim() === ''))
}

function toRow(block: ChangeBlock, kind: SynopseLine['kind'], number: ChangeBlock['number']): SynopseRow {
  const lineKind = block.type === NodeName.heading || block.type === NodeName.handlungsfeldTitel ? 'heading' : kind
  const row: SynopseRow = {
    id: block.id,
    left: block.status === 'inserted' ? null : cell(block, linesOf(block, null, lineKind, 'older'), 'inserted', number?.from ?? null, olderAttributes(block)),
    right: block.status === 'deleted' ? null : cell(block, linesOf(block, null, lineKind, 'newer'), 'deleted', number?.to ?? null, block.attributes),
    changed: block.changed,
  }
  if (block.location) row.location = block.location
  return row
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

/** The lines of a block as one version has them: its children in that version's order, without the other version's blocks. */
function linesOf(block: ChangeBlock, label: string | null, kind: SynopseLine['kind'], side: 'older' | 'newer'): SynopseLine[] {
  if (block.runs.length > 0 || block.children.length === 0) return [{ label, kind, runs: block.runs }]
  const lines: SynopseLine[] = []
  const order = side === 'older' && block.olderOrder ? block.olderOrder : block.children.map((_, index) => index)
  for (const index of order) {
    const child = block.children[index]
    if (!child || child.status === (side === 'older' ? 'inserted' : 'deleted')) continue
    const childLabel = labelledFieldLabel(child.type, side === 'older' ? olderAttributes(child) : child.attributes)
    const childLines = linesOf(child, childLabel, child.type === NodeName.listItem ? 'listItem' : kind, side)
    lines.push(...childLines.map((line, index) => (index === 0 && childLabel !== null ? { ...line, label: childLabel, field: child.type } : { ...line, label: index === 0 ? line.label : null })))
  }
  return lines
}

function cell(block: ChangeBlock, lines: SynopseLine[], hidden: ChangeRun['status'], number: string | null, attributes: Record<string, unknown>): SynopseCell {
  const older = hidden === 'inserted'
  return {
    type: block.type,
    number,
    attributes,
    lines: lines.map((line) => ({ ...line, runs: line.runs.filter((run) => run.status !== hidden).map((run) => (older && run.olderMarks ? { ...run, marks: run.olderMarks } : run)) })),
  }
}
