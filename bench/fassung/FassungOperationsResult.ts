import type { ExportTiming } from './ExportTiming'

export interface FassungOperationsResult {
  freezeFirstMilliseconds: number
  freezeSecondMilliseconds: number
  /** Paragraphs changed between the two Fassungen. */
  editedParagraphs: number
  /** GET /compare?from=<first>&to=<second>, each call timed. */
  compareMilliseconds: number[]
  compareBytes: number
  /** GET /compare?from=<first>&to=draft. */
  compareDraftMilliseconds: number
  docx: ExportTiming
  pdf: ExportTiming
  /** The Synopse of the two Fassungen as DOCX (kind=synopse). */
  synopseDocx: ExportTiming
}
