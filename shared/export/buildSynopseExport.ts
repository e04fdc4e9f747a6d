import type { ChangeAuthor, ChangeBlock, ChangeModel, ChangeRun } from '../changes/ChangeModel'
import { buildSynopseRows, type SynopseCell, type SynopseLine, type SynopseRow } from '../changes/buildSynopseRows'
import { changeKindLabels } from '../changes/changeKindLabels'
import { describeChangeLocation } from '../changes/describeChangeLocation'
import { describeFormatChange } from '../changes/describeFormatChange'
import { departmentColor } from '../departments/departmentColor'
import { unknownDepartmentColor } from '../departments/departmentPalette'
import { indexSectionNumbers } from '../changes/indexSectionNumbers'
import { NodeName } from '../schema/nodeNames'
import { labelledFieldLabel } from '../schema/nodes/labelledField/labelledFieldLabel'
import type { ExportBlock, ExportDocument, ExportRun, ExportTableRow } from './ExportDocument'
import { mergeExportRuns } from './mergeExportRuns'
import { runsFromText } from './runsFromText'
import { safeLinkTarget } from './safeLinkTarget'
import { selectSynopseRows } from './selectSynopseRows'
import { wholeSynopse, type SynopseScope } from './SynopseScope'

export interface SynopseExportInput {
  model: ChangeModel
  documentTitle: string
  /** Column headers, as seed 004 has them: "Integrationskonzept i.d.F. vom 21.03.2019 (AFS)". */
  olderLabel: string
  newerLabel: string
  /** Whole document (the default) or only changed passages, of all or of chosen Handlungsfelder. */
  scope?: SynopseScope
  /** The administration's list of Fachdienste, whose order gives each its colour (as on screen). */
  departments?: readonly string[]
}

type ColorOf = (author: ChangeAuthor | null | undefined) => string

type Side = 'left' | 'right'

/** Where a paragraph stands in an ordered list, counted separately in each version. */
interface ListPosition {
  ordered: boolean
  left: number
  right: number
}

interface SectionNumbers {
  from: string | null
  to: string | null
}

/**
 * The Synopse as in seed 004: a two-column table, the older Fassung left and the newer right, one row per
 * aligned block; inserted text underlined on the right, deleted text struck through on the left. A changed
 * row says where it stands ("Teilziel 2 · 3.1.2"); format changes, moves and reorders are noted under the
 * newer text.
 */
export function buildSynopseExport(input: SynopseExportInput): ExportDocument {
  const listPositions = new Map<string, ListPosition>()
  const titleNumbers = new Map<string, SectionNumbers>()
  const blocksById = new Map<string, ChangeBlock>()
  indexBlocks(input.model.blocks, listPositions, titleNumbers, blocksById)
  const sections = indexSectionNumbers(input.model.blocks)
  const scope = input.scope ?? wholeSynopse
  const colorOf: ColorOf = (author) => (author ? departmentColor(author.department, input.departments ?? []) : unknownDepartmentColor)
  const toExportRow = (row: SynopseRow): ExportTableRow => ({
    cells: (['left', 'right'] as const).map((side) => {
      const cell = row[side]
      if (!cell) return { blocks: [] }
      const titleNumber = row.id ? titleNumbers.get(row.id) : undefined
      const number = cell.number ?? (titleNumber ? (side === 'left' ? titleNumber.from : titleNumber.to) : null)
      const block = row.id ? blocksById.get(row.id) : undefined
      const section = row.id ? sections.get(row.id) : undefined
      // Headings carry their number in the text already.
      const location = row.changed && number === null && block ? describeChangeLocation({ blockLabel: block.location?.blockLabel ?? '', sectionNumber: (side === 'left' ? section?.from : section?.to) ?? null }) : ''
      return {
        blocks: [
          ...(location ? [{ type: 'paragraph' as const, style: 'note' as const, runs: runsFromText(location, { italic: true }) }] : []),
          ...cellBlocks(cell, side, number, row.id ? listPositions.get(row.id) : undefined, colorOf),
          ...(side === 'right' ? changeNotes(row, block) : []),
        ],
      }
    }),
  })
  const rows = selectSynopseRows(buildSynopseRows(input.model), sections, scope).map((item) => (item.kind === 'gap' ? omissionRow : toExportRow(item.row)))
  return {
    title: `Synopse – ${input.documentTitle}`,
    subject: `Synopse: ${input.olderLabel} / ${input.newerLabel}`,
    footer: `Synopse ${input.documentTitle}`,
    orientation: 'landscape',
    blocks: [
      { type: 'paragraph', style: 'lead', runs: runsFromText(`Synopse: ${input.documentTitle}`, { bold: true }) },
      {
        type: 'paragraph',
        style: 'note',
        runs: [
          ...runsFromText('Gegenüberstellung der Fassungen. '),
          ...runsFromText('Unterstrichen', { change: 'inserted' }),
          ...runsFromText(': neu eingefügter Text; '),
          ...runsFromText('durchgestrichen', { change: 'deleted' }),
          ...runsFromText(': gestrichener Text.'),
          ...(scope.changesOnly || scope.sections.length > 0 ? runsFromText(` ${describeScope(scope)}`) : []),
        ],
      },
      ...departmentLegend(input.model, colorOf),
      {
        type: 'table',
        role: 'synopse',
        columnWidths: [50, 50],
        headerRows: [{ cells: [input.olderLabel, input.newerLabel].map((label) => ({ header: true, shaded: true, blocks: [{ type: 'paragraph', style: 'body', runs: runsFromText(label, { bold: true }) }] })) }],
        rows,
      },
    ],
  }
}

/** Seed 004's mark for left-out text, in both columns. */
const omissionRow: ExportTableRow = { cells: [0, 1].map(() => ({ blocks: [{ type: 'paragraph' as const, style: 'body' as const, runs: runsFromText('(…)') }] })) }

function describeScope(scope: SynopseScope): string {
  const parts = [scope.changesOnly ? 'Nur die geänderten Passagen' : 'Der ganze Text', scope.sections.length > 0 ? `der Handlungsfelder ${scope.sections.join(', ')}` : '']
  return `${parts.filter(Boolean).join(' ')}; „(…)“ steht für ausgelassenen Text.`
}

function indexBlocks(blocks: readonly ChangeBlock[], listPositions: Map<string, ListPosition>, titleNumbers: Map<string, SectionNumbers>, blocksById: Map<string, ChangeBlock>) {
  for (const block of blocks) {
    // For a moved block, the one in its newer place.
    if (block.id && (block.status !== 'deleted' || !blocksById.has(block.id))) blocksById.set(block.id, block)
    if (block.type === NodeName.bulletList || block.type === NodeName.orderedList) {
      const ordered = block.type === NodeName.orderedList
      const start = ordered ? Number(block.attributes['start']) || 1 : 1
      let left = start
      let right = start
      for (const item of block.children) {
        const firstText = item.children.find((child) => child.runs.length > 0 || child.children.length === 0)
        if (firstText?.id) listPositions.set(firstText.id, { ordered, left, right })
        if (item.status !== 'inserted') left += 1
        if (item.status !== 'deleted') right += 1
      }
    }
    if (block.type === NodeName.handlungsfeld) {
      const title = block.children.find((child) => child.type === NodeName.handlungsfeldTitel)
      if (title?.id) titleNumbers.set(title.id, { from: block.number?.from ?? null, to: block.number?.to ?? null })
    }
    indexBlocks(block.children, listPositions, titleNumbers, blocksById)
  }
}

/** What the two columns cannot show by themselves: changed marks, a block's new place. */
function changeNotes(row: SynopseRow, block: ChangeBlock | undefined): ExportBlock[] {
  const notes: string[] = []
  if (block?.move && block.status !== 'deleted') notes.push(`${changeKindLabels.move}: ${block.move.from} → ${block.move.to}`)
  if (block?.reorder && block.status !== 'deleted') notes.push(`${changeKindLabels.reorder}: Position ${block.reorder.fromIndex + 1} → ${block.reorder.toIndex + 1}`)
  for (const line of row.right?.lines ?? []) {
    for (const run of line.runs) for (const format of run.formatChanges ?? []) notes.push(`${describeFormatChange(format)}: „${run.text.trim()}“`)
  }
  return notes.map((note) => ({ type: 'paragraph', style: 'note', runs: runsFromText(note, { italic: true }) }))
}

/** Which colour stands for which Fachdienst, as the legend on screen says it. */
function departmentLegend(model: ChangeModel, colorOf: ColorOf): ExportBlock[] {
  const authors = new Map<string, ChangeAuthor>()
  for (const change of model.changes) if (change.author && !authors.has(change.author.department)) authors.set(change.author.department, change.author)
  if (authors.size === 0) return []
  const names = [...authors.keys()].sort((a, b) => a.localeCompare(b, 'de'))
  const runs: ExportRun[] = runsFromText('Farben der Fachdienste: ')
  names.forEach((name, index) => {
    runs.push({ text: name, bold: true, color: colorOf(authors.get(name)) })
    runs.push(...runsFromText(index < names.length - 1 ? ', ' : '.'))
  })
  return [{ type: 'paragraph', style: 'note', runs }]
}

function cellBlocks(cell: SynopseCell, side: Side, number: string | null, listPosition: ListPosition | undefined, colorOf: ColorOf): ExportBlock[] {
  const blocks: ExportBlock[] = []
  if (cell.type === NodeName.massnahme) {
    const code = String(cell.attributes['code'] ?? '').trim()
    blocks.push({ type: 'paragraph', style: 'label', runs: runsFromText(code ? `Maßnahme ${code}` : 'Maßnahme', { bold: true }) })
  }
  if (cell.type === NodeName.oberziel) blocks.push({ type: 'paragraph', style: 'label', runs: runsFromText(`${labelledFieldLabel(cell.type, cell.attributes)}:`, { bold: true }) })
  let openList: Extract<ExportBlock, { type: 'list' }> | null = null
  for (const line of cell.lines) {
    // A Maßnahme's text field is already named by the "Maßnahme <Code>" line above it.
    if (line.label && line.field !== NodeName.massnahmeText) {
      blocks.push({ type: 'paragraph', style: 'label', runs: runsFromText(line.label, { bold: true }) })
      openList = null
    }
    const runs = lineRuns(line, number, side, colorOf)
    if (line.kind === 'listItem') {
      if (!openList) {
        const ordered = listPosition?.ordered ?? false
        openList = { type: 'list', ordered, start: ordered ? (side === 'left' ? listPosition!.left : listPosition!.right) : 1, items: [] }
        blocks.push(openList)
      }
      openList.items.push(runs.length > 0 ? [{ type: 'paragraph', style: 'body', runs }] : [])
      continue
    }
    openList = null
    if (runs.length > 0) blocks.push({ type: 'paragraph', style: 'body', runs })
  }
  return blocks
}

function lineRuns(line: SynopseLine, number: string | null, side: Side, colorOf: ColorOf): ExportRun[] {
  const heading = line.kind === 'heading'
  const runs = line.runs.map((run) => exportRun(run, heading, side === 'left' && run.olderMarks ? run.olderMarks : run.marks, colorOf))
  if (heading && number) runs.unshift({ text: `${number} `, bold: true })
  return mergeExportRuns(runs)
}

function exportRun(run: ChangeRun, bold: boolean, marks: Record<string, unknown>, colorOf: ColorOf): ExportRun {
  const result: ExportRun = { text: run.text }
  if (bold || 'bold' in marks) result.bold = true
  if ('italic' in marks) result.italic = true
  if ('underline' in marks) result.underline = true
  if ('strike' in marks) result.strike = true
  const link = marks['link']
  const href = link && typeof link === 'object' ? safeLinkTarget((link as { href?: unknown }).href) : null
  if (href) result.href = href
  if (run.status !== 'unchanged') {
    result.change = run.status
    result.color = colorOf(run.author)
  }
  return result
}
