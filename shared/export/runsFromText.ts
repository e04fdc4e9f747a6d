import type { ExportRun } from './ExportDocument'

/** Plain text as runs (empty text gives none), all with the same formatting. */
export function runsFromText(text: string, formatting: Omit<ExportRun, 'text'> = {}): ExportRun[] {
  return text ? [{ text, ...formatting }] : []
}
