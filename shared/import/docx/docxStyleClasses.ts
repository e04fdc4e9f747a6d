/** Classes the DOCX import's style map gives paragraphs of the export's own styles (see docxStyleNames). */
export const docxStyleClasses = {
  title: 'fassung-title',
  subtitle: 'fassung-subtitle',
  tableOfContents: 'fassung-toc',
  oberziel: 'fassung-oberziel',
  lead: 'fassung-lead',
  label: 'fassung-label',
  note: 'fassung-note',
  quote: 'fassung-quote',
} as const
