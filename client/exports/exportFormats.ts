import type { ExportFormat } from './ExportRequest'

/** The formats in the order the buttons show them, with their visible labels. */
export const exportFormats: readonly { format: ExportFormat; label: string }[] = [
  { format: 'docx', label: 'DOCX' },
  { format: 'pdf', label: 'PDF' },
  { format: 'html', label: 'HTML' },
]
