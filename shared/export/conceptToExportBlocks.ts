import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { NodeName } from '../schema/nodeNames'
import { computeNumbering } from '../schema/numbering/computeNumbering'
import { labelledFieldLabel } from '../schema/nodes/labelledField/labelledFieldLabel'
import type { ExportBlock, ExportParagraphStyle, ExportTableCell, ExportTableOfContentsEntry, ExportTableRow } from './ExportDocument'
import { exportRunsOf } from './exportRunsOf'
import { runsFromText } from './runsFromText'

export interface ConceptExportBlocks {
  blocks: ExportBlock[]
  /** Chapters, level-2 headings and Handlungsfelder (nested ones too), for the table of contents. */
  contents: ExportTableOfContentsEntry[]
}

/** Label column of the field tables, as wide as in seed 003 relative to the text column. */
const fieldTableColumnWidths = [28, 72]

const fieldLabelOf = (field: ProseMirrorNode): string => labelledFieldLabel(field.type.name, field.attrs) ?? ''

interface WalkContext {
  numbering: Map<number, string>
  contents: ExportTableOfContentsEntry[]
  anchorPrefix: string
  nextAnchor: number
}

/**
 * The concept as export blocks: headings and Handlungsfelder with their derived numbers (3.1, 3.1.2),
 * Oberziele under their label, Teilziele and Maßnahmen as label/text tables like seed 003 (labels in the
 * document's own wording), lists, tables and
 * inline formatting. Empty paragraphs (spacing in the editor) are left out; no text is.
 */
export function conceptToExportBlocks(doc: ProseMirrorNode, options: { anchorPrefix?: string } = {}): ConceptExportBlocks {
  const context: WalkContext = { numbering: computeNumbering(doc), contents: [], anchorPrefix: options.anchorPrefix ?? 'abschnitt', nextAnchor: 1 }
  const blocks: ExportBlock[] = []
  doc.forEach((node, offset) => blocks.push(...convertBlock(node, offset, 0, 'body', context)))
  return { blocks, contents: context.contents }
}

function convertBlock(node: ProseMirrorNode, position: number, depth: number, paragraphStyle: ExportParagraphStyle, context: WalkContext): ExportBlock[] {
  switch (node.type.name) {
    case NodeName.heading:
      return [convertHeading(node, position, depth, context)]
    case NodeName.handlungsfeld:
      return convertHandlungsfeld(node, position, depth, context)
    case NodeName.oberziel:
      return [{ type: 'paragraph', style: 'label', runs: runsFromText(`${fieldLabelOf(node)}:`, { bold: true }) }, ...convertChildren(node, position, depth, 'oberziel', context)]
    case NodeName.teilziel:
      return [fieldTable(fieldRows(node, position, depth, context))]
    case NodeName.massnahme:
      return [convertMassnahme(node, position, depth, context)]
    case NodeName.paragraph:
    case NodeName.handlungsfeldTitel: {
      const runs = exportRunsOf(node)
      if (runs.length === 0) return []
      return [{ type: 'paragraph', style: paragraphStyle, runs: node.type.name === NodeName.handlungsfeldTitel ? runs.map((run) => ({ ...run, bold: true })) : runs }]
    }
    case NodeName.bulletList:
    case NodeName.orderedList:
      return [convertList(node, position, depth, paragraphStyle, context)]
    case 'table':
      return [convertTable(node, position, depth, context)]
    case 'blockquote':
      return convertChildren(node, position, depth, 'quote', context)
    case 'horizontalRule':
      return [{ type: 'rule' }]
    default:
      if (node.isTextblock) {
        const runs = exportRunsOf(node)
        return runs.length > 0 ? [{ type: 'paragraph', style: paragraphStyle, runs }] : []
      }
      return convertChildren(node, position, depth, paragraphStyle, context)
  }
}

function convertChildren(node: ProseMirrorNode, position: number, depth: number, paragraphStyle: ExportParagraphStyle, context: WalkContext): ExportBlock[] {
  const blocks: ExportBlock[] = []
  node.forEach((child, offset) => blocks.push(...convertBlock(child, position + 1 + offset, depth, paragraphStyle, context)))
  return blocks
}

function nextAnchor(context: WalkContext): string {
  return `${context.anchorPrefix}_${context.nextAnchor++}`
}

function convertHeading(node: ProseMirrorNode, position: number, depth: number, context: WalkContext): ExportBlock {
  const level = Math.min(4, Math.max(1, Number(node.attrs['level']) || 1)) as 1 | 2 | 3 | 4
  const number = context.numbering.get(position) ?? null
  const anchor = nextAnchor(context)
  if (level <= 2) context.contents.push({ anchor, number, title: node.textContent, depth: level - 1 + depth })
  return { type: 'heading', level, number, runs: exportRunsOf(node), anchor }
}

function convertHandlungsfeld(node: ProseMirrorNode, position: number, depth: number, context: WalkContext): ExportBlock[] {
  const number = context.numbering.get(position) ?? null
  const level = Math.min(4, 2 + depth) as 2 | 3 | 4
  const anchor = nextAnchor(context)
  const titleNode = node.firstChild?.type.name === NodeName.handlungsfeldTitel ? node.firstChild : null
  context.contents.push({ anchor, number, title: titleNode?.textContent ?? '', depth: 1 + depth })
  const blocks: ExportBlock[] = [{ type: 'heading', level, number, runs: titleNode ? exportRunsOf(titleNode) : [], anchor }]
  node.forEach((child, offset) => {
    if (child === titleNode) return
    blocks.push(...convertBlock(child, position + 1 + offset, child.type.name === NodeName.handlungsfeld ? depth + 1 : depth, 'body', context))
  })
  return blocks
}

function labelCell(label: string): ExportTableCell {
  return { header: true, shaded: true, blocks: [{ type: 'paragraph', style: 'body', runs: runsFromText(label, { bold: true }) }] }
}

function fieldTable(rows: ExportTableRow[]): ExportBlock {
  return { type: 'table', role: 'fields', columnWidths: fieldTableColumnWidths, headerRows: [], rows }
}

function fieldRows(node: ProseMirrorNode, position: number, depth: number, context: WalkContext): ExportTableRow[] {
  const rows: ExportTableRow[] = []
  node.forEach((field, offset) => {
    // An empty field is left out (a mind map's Teilziele hold only their goal), but the first row stays: it names the block.
    if (offset > 0 && field.textContent.trim() === '') return
    const blocks = convertChildren(field, position + 1 + offset, depth, 'body', context)
    rows.push({ cells: [labelCell(fieldLabelOf(field)), { blocks }] })
  })
  return rows
}

function convertMassnahme(node: ProseMirrorNode, position: number, depth: number, context: WalkContext): ExportBlock {
  const code = String(node.attrs['code'] ?? '').trim()
  const codeLabel = code ? `Maßnahme ${code}` : 'Maßnahme'
  const rows: ExportTableRow[] = []
  let hasText = false
  node.forEach((field, offset) => {
    const blocks = convertChildren(field, position + 1 + offset, depth, 'body', context)
    if (field.type.name === NodeName.massnahmeText) {
      hasText = true
      rows.push({ cells: [labelCell(codeLabel), { blocks }] })
    } else if (blocks.length > 0) {
      rows.push({ cells: [labelCell(fieldLabelOf(field)), { blocks }] })
    }
  })
  // The code row comes first even when the text field went missing: the importer recognises the table by it.
  if (!hasText) rows.unshift({ cells: [labelCell(codeLabel), { blocks: [] }] })
  for (const [key, label] of [
    ['zeitraum', 'Zeitraum'],
    ['status', 'Status'],
  ] as const) {
    const value = String(node.attrs[key] ?? '').trim()
    if (value) rows.push({ cells: [labelCell(label), { blocks: [{ type: 'paragraph', style: 'body', runs: runsFromText(value) }] }] })
  }
  return fieldTable(rows)
}

function convertList(node: ProseMirrorNode, position: number, depth: number, paragraphStyle: ExportParagraphStyle, context: WalkContext): ExportBlock {
  const items: ExportBlock[][] = []
  node.forEach((item, offset) => items.push(convertChildren(item, position + 1 + offset, depth, paragraphStyle === 'oberziel' ? 'oberziel' : 'body', context)))
  const ordered = node.type.name === NodeName.orderedList
  return { type: 'list', ordered, start: ordered ? Number(node.attrs['start']) || 1 : 1, items }
}

function convertTable(node: ProseMirrorNode, position: number, depth: number, context: WalkContext): ExportBlock {
  const rows: ExportTableRow[] = []
  let columns = 0
  node.forEach((row, rowOffset) => {
    const cells: ExportTableCell[] = []
    let span = 0
    row.forEach((cell, cellOffset) => {
      const columnSpan = Math.max(1, Number(cell.attrs['colspan']) || 1)
      span += columnSpan
      cells.push({
        blocks: convertChildren(cell, position + 1 + rowOffset + 1 + cellOffset, depth, 'body', context),
        header: cell.type.name === 'tableHeader',
        shaded: cell.type.name === 'tableHeader',
        ...(columnSpan > 1 ? { columnSpan } : {}),
      })
    })
    columns = Math.max(columns, span)
    rows.push({ cells })
  })
  const headerRows: ExportTableRow[] = []
  while (rows.length > 1 && rows[0]!.cells.every((cell) => cell.header)) headerRows.push(rows.shift()!)
  return { type: 'table', role: 'grid', columnWidths: Array.from({ length: Math.max(1, columns) }, () => 1), headerRows, rows }
}
