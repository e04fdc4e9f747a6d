/** A concept document as the server lists it. */
export interface DocumentMetadata {
  id: string
  title: string
  createdAt: string
  updatedAt: string
}

/** What the importer recognised in an uploaded text file. */
export interface ImportSummary {
  format: string
  title: string
  handlungsfelder: number
  oberziele: number
  teilziele: number
  massnahmen: number
  headings: number
  paragraphs: number
  warnings: string[]
}

/** The server's answer to an import. */
export interface ImportResult {
  id: string
  summary: ImportSummary
}
