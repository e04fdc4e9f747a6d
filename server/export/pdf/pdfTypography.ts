import type { ExportParagraphStyle } from '../../../shared/export/ExportDocument'

export interface PdfTypography {
  size: number
  bold?: boolean
  italic?: boolean
  /** Line height as a multiple of the font size. */
  leading: number
  spaceBefore: number
  spaceAfter: number
  color: string
  indent?: number
  keepWithNext?: boolean
}

const text = '#111111'

export const paragraphTypography: Record<ExportParagraphStyle, PdfTypography> = {
  body: { size: 10.5, leading: 1.4, spaceBefore: 0, spaceAfter: 6, color: text },
  title: { size: 22, bold: true, leading: 1.25, spaceBefore: 170, spaceAfter: 22, color: text },
  subtitle: { size: 13, leading: 1.4, spaceBefore: 0, spaceAfter: 5, color: text },
  lead: { size: 13, bold: true, leading: 1.35, spaceBefore: 12, spaceAfter: 10, color: text },
  label: { size: 10.5, bold: true, leading: 1.4, spaceBefore: 10, spaceAfter: 3, color: text, keepWithNext: true },
  oberziel: { size: 10.5, leading: 1.4, spaceBefore: 0, spaceAfter: 8, color: text },
  quote: { size: 10.5, italic: true, leading: 1.4, spaceBefore: 0, spaceAfter: 6, color: text, indent: 20 },
  note: { size: 9, leading: 1.4, spaceBefore: 0, spaceAfter: 6, color: '#444444' },
}

export const headingTypography: Record<1 | 2 | 3 | 4, PdfTypography> = {
  1: { size: 16, bold: true, leading: 1.3, spaceBefore: 20, spaceAfter: 8, color: text, keepWithNext: true },
  2: { size: 13.5, bold: true, leading: 1.3, spaceBefore: 16, spaceAfter: 6, color: text, keepWithNext: true },
  3: { size: 12, bold: true, leading: 1.3, spaceBefore: 13, spaceAfter: 5, color: text, keepWithNext: true },
  4: { size: 11, bold: true, italic: true, leading: 1.3, spaceBefore: 10, spaceAfter: 4, color: text, keepWithNext: true },
}

/** Text in table cells is a little smaller, as in seed 003's Teilziel tables. */
export const cellTextScale = 0.95

export const colors = {
  text,
  link: '#1F4E9A',
  border: '#777777',
  shading: '#EEF0F2',
  footer: '#555555',
  inserted: '#0B5A2A',
  deleted: '#8A1C12',
}
