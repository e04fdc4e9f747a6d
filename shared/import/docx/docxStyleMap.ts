import { docxStyleNames } from '../../export/docxStyleNames'
import { docxStyleClasses } from './docxStyleClasses'

const tableOfContentsEntries = [1, 2, 3, 4, 5, 6, 7, 8, 9].flatMap((level) => [
  `p[style-name='${docxStyleNames.tableOfContentsEntry} ${level}'] => p.${docxStyleClasses.tableOfContents}:fresh`,
  `p[style-name='TOC ${level}'] => p.${docxStyleClasses.tableOfContents}:fresh`,
  `p[style-name='Verzeichnis ${level}'] => p.${docxStyleClasses.tableOfContents}:fresh`,
])

/**
 * mammoth's style map for the import: the export's own paragraph styles (and Word's table-of-contents
 * styles) become classes the importer recognises; underlining is kept (mammoth drops it by default).
 */
export const docxStyleMap: string[] = [
  `p[style-name='${docxStyleNames.title}'] => p.${docxStyleClasses.title}:fresh`,
  `p[style-name='${docxStyleNames.subtitle}'] => p.${docxStyleClasses.subtitle}:fresh`,
  `p[style-name='${docxStyleNames.tableOfContentsTitle}'] => p.${docxStyleClasses.tableOfContents}:fresh`,
  `p[style-name='TOC Heading'] => p.${docxStyleClasses.tableOfContents}:fresh`,
  ...tableOfContentsEntries,
  `p[style-name='${docxStyleNames.oberziel}'] => p.${docxStyleClasses.oberziel}:fresh`,
  `p[style-name='${docxStyleNames.lead}'] => p.${docxStyleClasses.lead}:fresh`,
  `p[style-name='${docxStyleNames.label}'] => p.${docxStyleClasses.label}:fresh`,
  `p[style-name='${docxStyleNames.note}'] => p.${docxStyleClasses.note}:fresh`,
  `p[style-name='${docxStyleNames.quote}'] => p.${docxStyleClasses.quote}:fresh`,
  'u => u',
]
