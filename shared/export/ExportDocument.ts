/**
 * The layout model every export renders: DOCX, PDF and HTML are three views of one ExportDocument, built
 * from the concept, the Beschlussvorlage metadata or the change model. Numbers are already derived here;
 * renderers never look at the ProseMirror document.
 */

/** A stretch of text with one formatting; `\n` inside `text` is a line break within the paragraph. */
export interface ExportRun {
  text: string
  bold?: boolean
  italic?: boolean
  underline?: boolean
  strike?: boolean
  href?: string
  /** Synopse marking as in seed 004: inserted text is underlined, deleted text struck through. */
  change?: 'inserted' | 'deleted'
  /** The colour of the Fachdienst that made the change (`#rrggbb`), as on screen. */
  color?: string
  /** Who made the `change` and when (ISO): a DOCX writes it as a Word revision that can be accepted or rejected there. */
  revision?: { author: string; date: string }
}

export type ExportParagraphStyle =
  /** Running text. */
  | 'body'
  /** The big title on a title page. */
  | 'title'
  /** Lines under the title (Fassung, date, status). */
  | 'subtitle'
  /** A prominent bold line: the title of a Beschlussvorlage or Synopse. */
  | 'lead'
  /** A bold label above the text it names ("Oberziel:", "Beschlussvorschlag:"). */
  | 'label'
  /** The text of an Oberziel, under its label. */
  | 'oberziel'
  /** A quotation. */
  | 'quote'
  /** Small print (notes under a table, the Anlage line). */
  | 'note'

export interface ExportHeading {
  type: 'heading'
  level: 1 | 2 | 3 | 4
  /** The derived section number ("3.1.2"), or null for unnumbered headings. */
  number: string | null
  runs: ExportRun[]
  /** Target of table-of-contents links; letters, digits and underscores only (Word bookmark rules). */
  anchor: string
}

export interface ExportParagraph {
  type: 'paragraph'
  style: ExportParagraphStyle
  runs: ExportRun[]
}

export interface ExportList {
  type: 'list'
  ordered: boolean
  /** First number of an ordered list. */
  start: number
  items: ExportBlock[][]
}

export interface ExportTableCell {
  blocks: ExportBlock[]
  /** A header cell (column header, or the label column of a field table). */
  header?: boolean
  /** Grey background, as the label column of the Teilziel tables. */
  shaded?: boolean
  columnSpan?: number
}

export interface ExportTableRow {
  cells: ExportTableCell[]
}

export interface ExportTable {
  type: 'table'
  /**
   * fields: label column + text (Teilziel, Maßnahme); grid: an ordinary table of the concept; layout: no
   * borders (the Beschlussvorlage header); synopse: the two-column comparison.
   */
  role: 'fields' | 'grid' | 'layout' | 'synopse'
  /** Relative column widths; they need not add up to anything. */
  columnWidths: number[]
  /** Repeated on every page where the renderer can. */
  headerRows: ExportTableRow[]
  rows: ExportTableRow[]
}

export interface ExportTableOfContentsEntry {
  anchor: string
  number: string | null
  title: string
  depth: number
}

export interface ExportTableOfContents {
  type: 'tableOfContents'
  title: string
  entries: ExportTableOfContentsEntry[]
}

export interface ExportPageBreak {
  type: 'pageBreak'
}

export interface ExportRule {
  type: 'rule'
}

export type ExportBlock = ExportHeading | ExportParagraph | ExportList | ExportTable | ExportTableOfContents | ExportPageBreak | ExportRule

export interface ExportDocument {
  /** Document title for the file's metadata. */
  title: string
  /** What the file is ("Integrationskonzept", "Beschlussvorlage", "Synopse"), for the metadata. */
  subject: string
  /** Name of the account that created the document, for the file's author property. */
  author?: string
  /** Name of whoever last changed the exported text, for the file's "last modified by" property. */
  lastModifiedBy?: string
  /** Running footer text beside the page number. */
  footer: string
  orientation: 'portrait' | 'landscape'
  blocks: ExportBlock[]
}
