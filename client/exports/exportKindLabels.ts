import type { ExportKind } from './ExportRequest'

/** German names of the export kinds, as the buttons and messages use them. */
export const exportKindLabels: Record<ExportKind, string> = {
  concept: 'Konzept',
  beschlussvorlage: 'Beschlussvorlage',
  synopse: 'Synopse',
  aenderungen: 'Nachverfolgte Änderungen',
}
