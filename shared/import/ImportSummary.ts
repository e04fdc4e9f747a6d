/** The layout the importer recognised in the text. */
export type ConceptFormat = 'teilziel-blocks' | 'outline' | 'plain'

/**
 * What a plain-text import recognised, for the import dialog: counts of the structured blocks created, the
 * document title and notes about anything that was dropped, merged or could not be mapped (in German, ready
 * to show). `handlungsfelder` counts nested sub-sections too; `paragraphs` counts non-empty paragraphs
 * outside Oberziel, Teilziel and Maßnahme blocks, list items included.
 */
export interface ImportSummary {
  format: ConceptFormat
  title: string
  coverSheet: boolean
  handlungsfelder: number
  oberziele: number
  teilziele: number
  massnahmen: number
  headings: number
  paragraphs: number
  warnings: string[]
}
