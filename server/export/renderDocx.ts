import {
  AlignmentType,
  Bookmark,
  BorderStyle,
  DeletedTextRun,
  InsertedTextRun,
  Document,
  ExternalHyperlink,
  Footer,
  HeadingLevel,
  LevelFormat,
  LevelSuffix,
  Packer,
  PageBreak,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TableOfContents,
  TabStopType,
  TextRun,
  WidthType,
  type INumberingOptions,
  type IParagraphStyleOptions,
  type ParagraphChild,
} from 'docx'
import { estimatePageNumbers } from 'docx/layout'
import type { ExportBlock, ExportDocument, ExportList, ExportParagraphStyle, ExportRun, ExportTable, ExportTableCell } from '../../shared/export/ExportDocument'
import { docxStyleNames } from '../../shared/export/docxStyleNames'

const pageWidth = 11906
const pageHeight = 16838
const margins = { top: 1134, bottom: 1134, left: 1417, right: 1134 }
const shadingFill = 'EEF0F2'
const bodyFont = 'Arial'
const bulletSymbols = ['•', '–', '▪', '•', '–', '▪', '•', '–', '▪']

/** Custom paragraph styles, named so that the DOCX importer (and Word users) can tell what a paragraph is. */
const paragraphStyles: IParagraphStyleOptions[] = [
  { id: 'Title', name: docxStyleNames.title, basedOn: 'Normal', next: 'Normal', run: { size: 44, bold: true }, paragraph: { spacing: { before: 2400, after: 480 } } },
  { id: 'Subtitle', name: docxStyleNames.subtitle, basedOn: 'Normal', next: 'Normal', run: { size: 26 }, paragraph: { spacing: { after: 120 } } },
  { id: 'Vorlagentitel', name: docxStyleNames.lead, basedOn: 'Normal', next: 'Normal', run: { size: 26, bold: true }, paragraph: { spacing: { before: 240, after: 240 } } },
  { id: 'Bezeichnung', name: docxStyleNames.label, basedOn: 'Normal', next: 'Normal', run: { bold: true }, paragraph: { spacing: { before: 240, after: 80 }, keepNext: true } },
  { id: 'Oberzieltext', name: docxStyleNames.oberziel, basedOn: 'Normal', next: 'Normal', paragraph: { spacing: { after: 160 } } },
  { id: 'Zitat', name: docxStyleNames.quote, basedOn: 'Normal', next: 'Normal', run: { italics: true }, paragraph: { indent: { left: 567 } } },
  { id: 'Hinweis', name: docxStyleNames.note, basedOn: 'Normal', next: 'Normal', run: { size: 18, color: '444444' } },
  { id: 'Verzeichnistitel', name: docxStyleNames.tableOfContentsTitle, basedOn: 'Normal', next: 'Normal', run: { size: 28, bold: true }, paragraph: { spacing: { after: 240 } } },
  ...[1, 2, 3, 4].map(
    (level): IParagraphStyleOptions => ({
      id: `TOC${level}`,
      name: `${docxStyleNames.tableOfContentsEntry} ${level}`,
      basedOn: 'Normal',
      next: 'Normal',
      paragraph: { indent: { left: (level - 1) * 360 }, spacing: { after: 60 }, leftTabStop: (level - 1) * 360 + 900 },
    }),
  ),
]

const styleIds: Record<ExportParagraphStyle, string | undefined> = {
  body: undefined,
  title: 'Title',
  subtitle: 'Subtitle',
  lead: 'Vorlagentitel',
  label: 'Bezeichnung',
  oberziel: 'Oberzieltext',
  quote: 'Zitat',
  note: 'Hinweis',
}

const headingLevels = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4] as const

/** Renders the export as a Word document (Office Open XML), with real headings, lists and tables. */
export async function renderDocx(document: ExportDocument): Promise<Uint8Array> {
  const landscape = document.orientation === 'landscape'
  const contentWidth = (landscape ? pageHeight : pageWidth) - margins.left - margins.right
  const renderer = new DocxBlockRenderer(headingsCountAsWord(document.blocks))
  const children = renderBody(document.blocks, (block, pageBreakBefore) => renderer.block(block, contentWidth, -1, pageBreakBefore))
  const hasTableOfContents = document.blocks.some((block) => block.type === 'tableOfContents')
  const file = new Document({
    title: document.title,
    subject: document.subject,
    creator: document.author || 'Fassung',
    ...(document.lastModifiedBy ? { lastModifiedBy: document.lastModifiedBy } : {}),
    description: document.subject,
    // The table of contents is a real TOC field, written with its entries (and, for documents short enough to lay
    // out quickly, their page numbers), so it shows before anyone updates it; Word offers to update it on opening.
    features: { updateFields: true },
    ...(hasTableOfContents && countCharacters(document.blocks) <= maxCharactersToLayOut ? { pageNumbers: estimatePageNumbers } : {}),
    styles: {
      default: {
        document: { run: { font: bodyFont, size: 21, language: { value: 'de-DE' } }, paragraph: { spacing: { after: 120, line: 276 } } },
        heading1: { run: { font: bodyFont, size: 32, bold: true, color: '000000' }, paragraph: { spacing: { before: 480, after: 200 }, keepNext: true } },
        heading2: { run: { font: bodyFont, size: 27, bold: true, color: '000000' }, paragraph: { spacing: { before: 360, after: 160 }, keepNext: true } },
        heading3: { run: { font: bodyFont, size: 24, bold: true, color: '000000' }, paragraph: { spacing: { before: 280, after: 120 }, keepNext: true } },
        heading4: { run: { font: bodyFont, size: 22, bold: true, italics: true, color: '000000' }, paragraph: { spacing: { before: 240, after: 120 }, keepNext: true } },
        hyperlink: { run: { color: '1F4E9A', underline: {} } },
      },
      paragraphStyles,
    },
    numbering: renderer.numbering(),
    sections: [
      {
        properties: {
          page: {
            size: landscape ? { width: pageWidth, height: pageHeight, orientation: PageOrientation.LANDSCAPE } : { width: pageWidth, height: pageHeight },
            margin: margins,
          },
        },
        footers: { default: footer(document.footer, contentWidth) },
        children,
      },
    ],
  })
  return new Uint8Array(await Packer.toBuffer(file))
}

/**
 * Laying the pages out for the table of contents' page numbers takes about a second per 10,000 characters; beyond
 * some 100 pages the numbers are left for Word to fill in when it updates the field.
 */
const maxCharactersToLayOut = 300_000

function countCharacters(blocks: readonly ExportBlock[]): number {
  let count = 0
  const visit = (block: ExportBlock) => {
    if (block.type === 'heading' || block.type === 'paragraph') for (const run of block.runs) count += run.text.length
    else if (block.type === 'list') block.items.forEach((item) => item.forEach(visit))
    else if (block.type === 'table') [...block.headerRows, ...block.rows].forEach((row) => row.cells.forEach((cell) => cell.blocks.forEach(visit)))
  }
  blocks.forEach(visit)
  return count
}

const headingNumbering = 'headings'

/**
 * Whether Word's multi-level list counting (each numbered heading one more at its level, deeper levels starting
 * again) gives every numbered heading the number the export derived; if not (a number skipped, a level deeper
 * than its number says), the numbers are typed into the headings instead, so that no heading shows a wrong one.
 */
function headingsCountAsWord(blocks: readonly ExportBlock[]): boolean {
  const counters: number[] = []
  for (const block of blocks) {
    if (block.type !== 'heading' || block.number === null) continue
    const level = block.level - 1
    counters[level] = (counters[level] ?? 0) + 1
    counters.length = level + 1
    if (counters.some((counter) => counter === undefined) || counters.join('.') !== block.number) return false
  }
  return true
}

/** Heading levels the table of contents lists (`TOC \o "1-3"`): chapters, Handlungsfelder and the ones below them. */
const tableOfContentsLevels = 3

/**
 * The body's paragraphs and tables. A page break becomes "page break before" on the paragraph after it where it
 * can: a separate break paragraph would start a page of its own, blank, whenever the page before it is full (as
 * with a wider substitute for a missing font).
 */
function renderBody(blocks: readonly ExportBlock[], render: (block: ExportBlock, pageBreakBefore: boolean) => (Paragraph | Table | TableOfContents)[]): (Paragraph | Table | TableOfContents)[] {
  const startsWithParagraph = (block: ExportBlock | undefined) => block?.type === 'heading' || block?.type === 'paragraph' || block?.type === 'tableOfContents'
  return blocks.flatMap((block, index) => {
    if (block.type === 'pageBreak' && startsWithParagraph(blocks[index + 1])) return []
    return render(block, blocks[index - 1]?.type === 'pageBreak' && startsWithParagraph(block))
  })
}

function footer(text: string, contentWidth: number): Footer {
  return new Footer({
    children: [
      new Paragraph({
        style: 'Hinweis',
        tabStops: [{ type: TabStopType.RIGHT, position: contentWidth }],
        children: [new TextRun(text), new TextRun({ children: ['\tSeite ', PageNumber.CURRENT, ' von ', PageNumber.TOTAL_PAGES] })],
      }),
    ],
  })
}

/** Turns export blocks into docx components; collects the list definitions the document needs on the way. */
class DocxBlockRenderer {
  private readonly orderedStarts = new Set<number>([1])
  private listInstance = 0

  /** Whether the headings' numbers come from Word's multi-level list numbering (see headingsCountAsWord). */
  constructor(private readonly listNumberedHeadings: boolean) {}

  numbering(): INumberingOptions {
    return {
      config: [
        {
          reference: headingNumbering,
          levels: headingLevels.map((_, level) => ({
            level,
            format: LevelFormat.DECIMAL,
            text: Array.from({ length: level + 1 }, (__, index) => `%${index + 1}`).join('.'),
            alignment: AlignmentType.LEFT,
            suffix: LevelSuffix.SPACE,
            // Each level belongs to its heading style, as Word links them in "Heading numbering".
            style: { paragraph: { indent: { left: 0, hanging: 0 } }, ...(this.listNumberedHeadings ? { style: `Heading${level + 1}` } : {}) },
          })),
        },
        {
          reference: 'bullets',
          levels: bulletSymbols.map((symbol, level) => ({
            level,
            format: LevelFormat.BULLET,
            text: symbol,
            alignment: AlignmentType.LEFT,
            style: { paragraph: { indent: { left: 360 * (level + 1), hanging: 280 } } },
          })),
        },
        ...[...this.orderedStarts].map((start) => ({
          reference: `ordered-${start}`,
          levels: bulletSymbols.map((_, level) => ({
            level,
            format: LevelFormat.DECIMAL,
            text: `%${level + 1}.`,
            start: level === 0 ? start : 1,
            alignment: AlignmentType.LEFT,
            style: { paragraph: { indent: { left: 360 * (level + 1) + 120, hanging: 400 } } },
          })),
        })),
      ],
    }
  }

  /** `pageBreakBefore`: the block starts a new page (a heading, paragraph or table of contents only). */
  block(block: ExportBlock, width: number, listLevel = -1, pageBreakBefore = false): (Paragraph | Table | TableOfContents)[] {
    const breakBefore = pageBreakBefore ? { pageBreakBefore: true } : {}
    switch (block.type) {
      case 'heading':
        return [
          new Paragraph({
            ...breakBefore,
            heading: headingLevels[block.level - 1],
            // Word's list numbering counts the number; where it could not say it, the number is typed.
            ...(block.number && this.listNumberedHeadings ? { numbering: { reference: headingNumbering, level: block.level - 1 } } : {}),
            children: [new Bookmark({ id: block.anchor, children: [...(block.number && !this.listNumberedHeadings ? [new TextRun(`${block.number} `)] : []), ...runs(block.runs)] })],
          }),
        ]
      case 'paragraph':
        return [new Paragraph({ ...breakBefore, style: styleIds[block.style], children: runs(block.runs) })]
      case 'list':
        return this.list(block, width, listLevel + 1)
      case 'table':
        // Word merges tables that touch; the empty paragraph keeps them apart (and mammoth skips it).
        return [this.table(block, width), new Paragraph({ spacing: { after: 0, line: 240 }, children: [] })]
      case 'tableOfContents':
        return [
          new Paragraph({ ...breakBefore, style: 'Verzeichnistitel', children: [new TextRun(block.title)] }),
          new TableOfContents(block.title, { hyperlink: true, headingStyleRange: `1-${tableOfContentsLevels}` }),
        ]
      case 'pageBreak':
        return [new Paragraph({ children: [new PageBreak()] })]
      case 'rule':
        return [new Paragraph({ border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '999999', space: 1 } }, children: [] })]
    }
  }

  /** A block inside a list or a table cell, where a table of contents cannot stand. */
  private nested(block: ExportBlock, width: number, listLevel = -1): (Paragraph | Table)[] {
    return this.block(block, width, listLevel).filter((child): child is Paragraph | Table => !(child instanceof TableOfContents))
  }

  private list(list: ExportList, width: number, level: number): (Paragraph | Table)[] {
    const start = list.ordered ? list.start : 1
    if (list.ordered) this.orderedStarts.add(start)
    const reference = list.ordered ? `ordered-${start}` : 'bullets'
    const instance = ++this.listInstance
    const result: (Paragraph | Table)[] = []
    for (const item of list.items) {
      const [first, ...rest] = item
      const numbering = { reference, level: Math.min(level, 8), instance }
      if (first?.type === 'paragraph') {
        result.push(new Paragraph({ style: styleIds[first.style], numbering, children: runs(first.runs) }))
      } else {
        result.push(new Paragraph({ numbering, children: [] }))
        if (first) rest.unshift(first)
      }
      for (const block of rest) {
        if (block.type === 'paragraph') result.push(new Paragraph({ style: styleIds[block.style], indent: { left: 360 * (level + 1) }, children: runs(block.runs) }))
        else result.push(...this.nested(block, width, block.type === 'list' ? level : -1))
      }
    }
    return result
  }

  private table(table: ExportTable, width: number): Table {
    const total = table.columnWidths.reduce((sum, columnWidth) => sum + columnWidth, 0) || 1
    const columnWidths = table.columnWidths.map((columnWidth) => Math.floor((columnWidth / total) * width))
    const borderless = table.role === 'layout'
    const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' }
    const line = { style: BorderStyle.SINGLE, size: 4, color: '777777' }
    const border = borderless ? none : line
    const row = (cells: readonly ExportTableCell[], header: boolean) => {
      let column = 0
      return new TableRow({
        ...(header ? { tableHeader: true } : {}),
        children: cells.map((cell) => {
          const span = cell.columnSpan ?? 1
          const cellWidth = columnWidths.slice(column, column + span).reduce((sum, value) => sum + value, 0)
          column += span
          const content = cell.blocks.flatMap((block) => this.nested(block, cellWidth - 200))
          return new TableCell({
            children: content.length > 0 && content.at(-1) instanceof Paragraph ? content : [...content, new Paragraph({ children: [] })],
            width: { size: cellWidth, type: WidthType.DXA },
            ...(span > 1 ? { columnSpan: span } : {}),
            ...(cell.shaded ? { shading: { type: ShadingType.CLEAR, fill: shadingFill, color: 'auto' } } : {}),
            margins: borderless ? { top: 20, bottom: 20, left: 0, right: 120 } : { top: 80, bottom: 80, left: 100, right: 100 },
          })
        }),
      })
    }
    return new Table({
      width: { size: columnWidths.reduce((sum, value) => sum + value, 0), type: WidthType.DXA },
      columnWidths,
      layout: TableLayoutType.FIXED,
      borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
      rows: [...table.headerRows.map((header) => row(header.cells, true)), ...table.rows.map((body) => row(body.cells, false))],
    })
  }
}

// Word wants each revision's id unique in the document; increasing across documents is as good.
let nextRevisionId = 1

/** A change with its author as a Word revision (w:ins, w:del): Word and LibreOffice show, accept and reject it. */
function revisionRuns(run: ExportRun & { revision: { author: string; date: string } }): ParagraphChild[] {
  return run.text.split('\n').map((text, index) => {
    const options = {
      text,
      id: nextRevisionId++,
      author: run.revision.author,
      date: run.revision.date,
      ...(index > 0 ? { break: 1 } : {}),
      ...(run.bold ? { bold: true } : {}),
      ...(run.italic ? { italics: true } : {}),
      ...(run.underline ? { underline: {} } : {}),
      ...(run.strike ? { strike: true } : {}),
    }
    return run.change === 'deleted' ? new DeletedTextRun(options) : new InsertedTextRun(options)
  })
}

function runs(exportRuns: readonly ExportRun[]): ParagraphChild[] {
  return exportRuns.flatMap((run): ParagraphChild[] => {
    if (run.change && run.revision) return revisionRuns({ ...run, revision: run.revision })
    const textRuns = run.text.split('\n').map(
      (text, index) =>
        new TextRun({
          text,
          ...(index > 0 ? { break: 1 } : {}),
          ...(run.bold ? { bold: true } : {}),
          ...(run.italic ? { italics: true } : {}),
          ...(run.underline || run.change === 'inserted' ? { underline: {} } : {}),
          ...(run.strike || run.change === 'deleted' ? { strike: true } : {}),
          ...(run.href ? { style: 'Hyperlink' } : {}),
          ...(run.color ? { color: run.color.slice(1).toUpperCase() } : {}),
        }),
    )
    return run.href ? [new ExternalHyperlink({ link: run.href, children: textRuns })] : textRuns
  })
}
