/**
 * Names of the paragraph styles the DOCX export writes. The DOCX import maps them back (title page, table
 * of contents, Oberziel text), so a document exported and imported again keeps its structure.
 */
export const docxStyleNames = {
  title: 'Title',
  subtitle: 'Subtitle',
  lead: 'Vorlagentitel',
  label: 'Bezeichnung',
  oberziel: 'Oberzieltext',
  quote: 'Zitat',
  note: 'Hinweis',
  tableOfContentsTitle: 'Verzeichnistitel',
  /** Followed by the level: "toc 1" … "toc 4", Word's own names for table-of-contents entries. */
  tableOfContentsEntry: 'toc',
} as const
