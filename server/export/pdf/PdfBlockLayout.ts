import type { ExportBlock, ExportHeading, ExportList, ExportParagraph, ExportRun, ExportTable, ExportTableCell, ExportTableOfContents } from '../../../shared/export/ExportDocument'
import type { PdfFontFace } from './PdfFontFace'
import type { PdfText } from './PdfText'
import type { PdfFragment } from './PdfFragment'
import { shiftFragment } from './shiftFragment'
import { stackHeight } from './stackHeight'
import { layoutRuns, type LaidOutLine } from './layoutRuns'
import { cellTextScale, colors, headingTypography, paragraphTypography, type PdfTypography } from './pdfTypography'

type StructureElement = PDFKit.PDFStructureElement

/** Blocks laid out in a column: the fragments, and the space the last one wants below it. */
interface ColumnLayout {
  fragments: PdfFragment[]
  spaceAfter: number
}

/** What the layout needs from the page flow: where anchors landed, and the page a fragment is drawn on. */
export interface PdfLayoutContext {
  /** Page numbers of anchors from the previous pass (empty in the first pass). */
  anchorPages: ReadonlyMap<string, number>
  /** Called when a heading is drawn, to record its page for the table of contents. */
  onAnchorDrawn(anchor: string, title: string, depth: number): void
}

const cellPadding = { x: 5, y: 4 }
const listIndent = 16
const bulletSymbols = ['•', '–', '•']
const tableOfContentsPageColumn = 32

/**
 * Lays out export blocks into fragments for the page flow, creating the tagged-PDF structure (H1…H4, P, L/LI,
 * Table/TR/TH/TD, TOC/TOCI) in reading order as it goes. Drawing a fragment later marks its content and adds
 * it to its structure element; rules, table borders and shading are artifacts.
 */
export class PdfBlockLayout {
  constructor(
    private readonly doc: PDFKit.PDFDocument,
    private readonly text: PdfText,
    private readonly context: PdfLayoutContext,
  ) {}

  layoutBlocks(blocks: readonly ExportBlock[], width: number, parent: StructureElement, scale = 1): ColumnLayout {
    const fragments: PdfFragment[] = []
    let pendingSpace = 0
    for (const block of blocks) {
      const layout = this.layoutBlock(block, width, parent, scale)
      const [first] = layout.fragments
      if (first) {
        fragments.push({ ...first, spaceBefore: Math.max(first.spaceBefore, pendingSpace) }, ...layout.fragments.slice(1))
        pendingSpace = layout.spaceAfter
      }
    }
    return { fragments, spaceAfter: pendingSpace }
  }

  private layoutBlock(block: ExportBlock, width: number, parent: StructureElement, scale: number): ColumnLayout {
    switch (block.type) {
      case 'heading':
        return this.heading(block, width, parent)
      case 'paragraph':
        return this.paragraph(block, width, parent, scale)
      case 'list':
        return this.list(block, width, parent, scale, 0)
      case 'table':
        return this.table(block, width, parent)
      case 'tableOfContents':
        return this.tableOfContents(block, width, parent)
      case 'pageBreak':
        return { fragments: [{ height: 0, spaceBefore: 0, pageBreak: true, draw: () => {} }], spaceAfter: 0 }
      case 'rule':
        return { fragments: [this.rule(width)], spaceAfter: 6 }
    }
  }

  private heading(block: ExportHeading, width: number, parent: StructureElement): ColumnLayout {
    const typography = headingTypography[block.level]
    const element = this.structure(parent, `H${block.level}`)
    const runs: ExportRun[] = [...(block.number ? [{ text: `${block.number} ` }] : []), ...block.runs]
    const title = runs.map((run) => run.text).join('')
    const fragments = this.textLines(runs, width, typography, element, `H${block.level}`, 1, (x, y, first) => {
      if (!first) return
      this.doc.addNamedDestination(block.anchor, 'XYZ', x, y, 0)
      this.context.onAnchorDrawn(block.anchor, title, block.level - 1)
    })
    return { fragments, spaceAfter: typography.spaceAfter }
  }

  private paragraph(block: ExportParagraph, width: number, parent: StructureElement, scale: number): ColumnLayout {
    const typography = paragraphTypography[block.style]
    if (block.runs.length === 0) return { fragments: [], spaceAfter: 0 }
    const indent = typography.indent ?? 0
    const element = this.structure(parent, 'P')
    const fragments = this.textLines(block.runs, width - indent, typography, element, 'P', scale).map((fragment) => shiftFragment(fragment, indent))
    if (block.style === 'title' && fragments[0]) fragments[0] = { ...fragments[0], keepSpaceAtTop: true }
    return { fragments, spaceAfter: typography.spaceAfter * scale }
  }

  private list(list: ExportList, width: number, parent: StructureElement, scale: number, depth: number): ColumnLayout {
    const element = this.structure(parent, 'L')
    const fragments: PdfFragment[] = []
    const size = paragraphTypography.body.size * scale
    const labelWidth = list.ordered ? this.measure(`${list.start + list.items.length - 1}.`, 'regular', size) + 6 : 11
    const indent = depth === 0 ? 4 : listIndent
    list.items.forEach((item, index) => {
      const itemElement = this.structure(element, 'LI')
      const label = list.ordered ? `${list.start + index}.` : (bulletSymbols[depth % bulletSymbols.length] ?? '•')
      const labelElement = this.structure(itemElement, 'Lbl')
      const body = this.structure(itemElement, 'LBody')
      const contentWidth = width - indent - labelWidth
      const content = this.layoutItemBlocks(item, contentWidth, body, scale, depth)
      const labelFragment: PdfFragment = content.fragments[0] ?? { height: size * paragraphTypography.body.leading, spaceBefore: 0, draw: () => {} }
      const drawLabel = (x: number, y: number, artifact: boolean) => {
        this.mark(labelElement, 'Lbl', artifact, () => {
          this.doc.fillColor(colors.text)
          this.text.draw(label, 'regular', size, x - labelWidth, y)
        })
      }
      const first: PdfFragment = {
        ...labelFragment,
        spaceBefore: index === 0 ? 0 : Math.max(labelFragment.spaceBefore, 2 * scale),
        draw: (x, y, artifact) => {
          drawLabel(x, y, artifact)
          labelFragment.draw(x, y, artifact)
        },
      }
      fragments.push(...[first, ...content.fragments.slice(1)].map((fragment) => shiftFragment(fragment, indent + labelWidth)))
    })
    return { fragments, spaceAfter: paragraphTypography.body.spaceAfter * scale }
  }

  private layoutItemBlocks(blocks: readonly ExportBlock[], width: number, parent: StructureElement, scale: number, depth: number): ColumnLayout {
    const fragments: PdfFragment[] = []
    let pendingSpace = 0
    for (const block of blocks) {
      const layout = block.type === 'list' ? this.list(block, width, parent, scale, depth + 1) : this.layoutBlock(block, width, parent, scale)
      const [first] = layout.fragments
      if (!first) continue
      fragments.push({ ...first, spaceBefore: fragments.length === 0 ? 0 : Math.max(first.spaceBefore, pendingSpace, 2) }, ...layout.fragments.slice(1))
      pendingSpace = Math.min(layout.spaceAfter, 3)
    }
    return { fragments, spaceAfter: pendingSpace }
  }

  private table(table: ExportTable, width: number, parent: StructureElement): ColumnLayout {
    const element = this.structure(parent, 'Table')
    const total = table.columnWidths.reduce((sum, columnWidth) => sum + columnWidth, 0) || 1
    const columns = table.columnWidths.map((columnWidth) => (columnWidth / total) * width)
    const bordered = table.role !== 'layout'
    const headerParent = table.headerRows.length > 0 ? this.structure(element, 'THead') : element
    const header = table.headerRows.map((row) => ({ ...this.tableRow(row.cells, columns, headerParent, bordered, 'Column'), keepWithNext: true }))
    const bodyParent = table.headerRows.length > 0 ? this.structure(element, 'TBody') : element
    const rows = table.rows.map((row) => this.tableRow(row.cells, columns, bodyParent, bordered, table.role === 'fields' ? 'Row' : 'Column'))
    const repeated = table.role === 'synopse' || table.role === 'grid' ? header : []
    const fragments = [...header, ...rows.map((row) => (repeated.length > 0 ? { ...row, repeatedHeader: repeated } : row))]
    if (fragments[0]) fragments[0] = { ...fragments[0], spaceBefore: 4 }
    return { fragments, spaceAfter: 10 }
  }

  private tableRow(cells: readonly ExportTableCell[], columns: readonly number[], parent: StructureElement, bordered: boolean, headerScope: 'Row' | 'Column'): PdfFragment {
    const rowElement = this.structure(parent, 'TR')
    let column = 0
    const laidOut = cells.map((cell) => {
      const span = cell.columnSpan ?? 1
      const x = columns.slice(0, column).reduce((sum, value) => sum + value, 0)
      const cellWidth = columns.slice(column, column + span).reduce((sum, value) => sum + value, 0)
      column += span
      const cellElement = this.structure(rowElement, cell.header ? 'TH' : 'TD', cell.header ? { scope: headerScope } : {})
      const padding = bordered ? cellPadding.x : 0
      const content = this.layoutBlocks(cell.blocks, cellWidth - 2 * padding - (bordered ? 0 : 8), cellElement, cellTextScale)
      return { x, width: cellWidth, padding, shaded: !!cell.shaded, fragments: content.fragments }
    })
    return this.rowFragment(laidOut, bordered, columns.reduce((sum, value) => sum + value, 0))
  }

  private rowFragment(cells: { x: number; width: number; padding: number; shaded: boolean; fragments: PdfFragment[] }[], bordered: boolean, tableWidth: number): PdfFragment {
    const paddingY = bordered ? cellPadding.y : 1.5
    const height = Math.max(...cells.map((cell) => stackHeight(cell.fragments)), 0) + 2 * paddingY
    return {
      height,
      spaceBefore: 0,
      draw: (x, y, artifact) => {
        this.artifact(() => {
          for (const cell of cells) {
            if (cell.shaded) this.doc.rect(x + cell.x, y, cell.width, height).fill(colors.shading)
          }
          if (bordered) {
            this.doc.lineWidth(0.6).strokeColor(colors.border)
            this.doc.rect(x, y, tableWidth, height).stroke()
            for (const cell of cells.slice(1)) this.doc.moveTo(x + cell.x, y).lineTo(x + cell.x, y + height).stroke()
          }
        })
        for (const cell of cells) {
          let top = y + paddingY
          cell.fragments.forEach((fragment, index) => {
            if (index > 0) top += fragment.spaceBefore
            fragment.draw(x + cell.x + cell.padding, top, artifact)
            top += fragment.height
          })
        }
      },
      split: (available) => {
        const room = available - 2 * paddingY
        const heads = cells.map((cell) => {
          let used = 0
          let count = 0
          for (const [index, fragment] of cell.fragments.entries()) {
            const next = used + fragment.height + (index > 0 ? fragment.spaceBefore : 0)
            if (next > room) break
            used = next
            count += 1
          }
          return count
        })
        if (heads.every((count) => count === 0)) return null
        const tailCells = cells.map((cell, index) => ({ ...cell, fragments: cell.fragments.slice(heads[index]) }))
        if (tailCells.every((cell) => cell.fragments.length === 0)) return null
        const headCells = cells.map((cell, index) => ({ ...cell, fragments: cell.fragments.slice(0, heads[index]) }))
        return [this.rowFragment(headCells, bordered, tableWidth), this.rowFragment(tailCells, bordered, tableWidth)]
      },
    }
  }

  private tableOfContents(block: ExportTableOfContents, width: number, parent: StructureElement): ColumnLayout {
    const element = this.structure(parent, 'TOC')
    const fragments: PdfFragment[] = []
    const titleElement = this.structure(element, 'Caption')
    fragments.push(...this.textLines([{ text: block.title, bold: true }], width, { ...paragraphTypography.lead, spaceBefore: 0 }, titleElement, 'Caption', 1))
    const typography = paragraphTypography.body
    const numberWidth = Math.max(0, ...block.entries.map((entry) => (entry.number ? this.measure(entry.number, 'regular', typography.size) : 0))) + 10
    for (const entry of block.entries) {
      const entryElement = this.structure(element, 'TOCI')
      const indent = entry.depth * 14
      const textWidth = width - indent - numberWidth - tableOfContentsPageColumn
      const lines = layoutRuns([{ text: entry.title }], textWidth, (text, face) => this.measure(text, face, typography.size), { bold: entry.depth === 0 })
      const lineHeight = typography.size * typography.leading
      const page = this.context.anchorPages.get(entry.anchor)
      fragments.push({
        height: lines.length * lineHeight,
        spaceBefore: entry.depth === 0 ? 5 : 1.5,
        draw: (x, y, artifact) => {
          this.mark(entryElement, 'TOCI', artifact, () => {
            const face = entry.depth === 0 ? 'bold' : 'regular'
            this.doc.fillColor(colors.text)
            // The spaces are drawn too, so that extracted and read-aloud text keeps number, title and page apart.
            if (entry.number) this.text.draw(`${entry.number} `, face, typography.size, x + indent, y)
            lines.forEach((line, index) => this.drawLine(line, x + indent + numberWidth, y + index * lineHeight, typography.size, colors.text))
            const pageText = page === undefined ? '' : ` ${page}`
            if (pageText) this.text.draw(pageText, face, typography.size, x + width - this.measure(pageText, face, typography.size), y + (lines.length - 1) * lineHeight)
          })
          this.doc.goTo(x + indent, y, width - indent, lines.length * lineHeight, entry.anchor)
        },
      })
    }
    return { fragments, spaceAfter: 8 }
  }

  private rule(width: number): PdfFragment {
    return {
      height: 8,
      spaceBefore: 6,
      draw: (x, y) => this.artifact(() => this.doc.lineWidth(0.6).strokeColor(colors.border).moveTo(x, y + 4).lineTo(x + width, y + 4).stroke()),
    }
  }

  /** One fragment per line; each draws its line as marked content of `element`. */
  private textLines(
    runs: readonly ExportRun[],
    width: number,
    typography: PdfTypography,
    element: StructureElement,
    tag: string,
    scale: number,
    onDraw?: (x: number, y: number, first: boolean) => void,
  ): PdfFragment[] {
    const size = typography.size * scale
    const lineHeight = size * typography.leading
    const lines = layoutRuns(runs, width, (text, face) => this.measure(text, face, size), { bold: typography.bold, italic: typography.italic })
    return lines.map((line, index) => ({
      height: lineHeight,
      spaceBefore: index === 0 ? typography.spaceBefore * scale : 0,
      keepWithNext: !!typography.keepWithNext,
      draw: (x, y, artifact) => {
        onDraw?.(x, y, index === 0)
        this.mark(element, tag, artifact, () => this.drawLine(line, x, y + (lineHeight - size * 1.36) / 2, size, typography.color))
      },
    }))
  }

  private drawLine(line: LaidOutLine, x: number, y: number, size: number, color: string) {
    for (const segment of line.segments) {
      const segmentColor = segment.href ? colors.link : (segment.color ?? (segment.change === 'inserted' ? colors.inserted : segment.change === 'deleted' ? colors.deleted : color))
      this.doc.fillColor(segmentColor)
      this.text.draw(segment.text, segment.face, size, x + segment.x, y, {
        underline: segment.underline || segment.change === 'inserted' || !!segment.href,
        strike: segment.strike || segment.change === 'deleted',
        ...(segment.href ? { link: segment.href } : {}),
      })
    }
  }

  private mark(element: StructureElement, tag: string, artifact: boolean, draw: () => void) {
    if (artifact) {
      this.artifact(draw)
      return
    }
    const content = this.doc.markStructureContent(tag)
    draw()
    this.doc.endMarkedContent()
    element.add(content)
  }

  private artifact(draw: () => void) {
    this.doc.markContent('Artifact', { type: 'Layout' })
    this.doc.save()
    draw()
    this.doc.restore()
    this.doc.endMarkedContent()
  }

  private structure(parent: StructureElement, type: string, options: { scope?: 'Row' | 'Column' } = {}): StructureElement {
    const element = this.doc.struct(type, options as Parameters<PDFKit.PDFDocument['struct']>[1])
    parent.add(element)
    return element
  }

  private measure(text: string, face: PdfFontFace, size: number): number {
    return this.text.width(text, face, size)
  }
}
