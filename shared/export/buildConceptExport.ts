import type { ExportDocument } from './ExportDocument'
import { changeRegisterBlocks, type ChangeRegister } from './changeRegisterBlocks'
import { conceptExportBlocks, type ConceptExportInput } from './conceptExportBlocks'
import { describeExportVersion } from './describeExportVersion'

/**
 * The concept as a document of its own: title page, table of contents, then the text; exported "with
 * changes", followed by the list of changes since an older Fassung, each with where it stands.
 */
export function buildConceptExport(input: ConceptExportInput & { changes?: ChangeRegister }): ExportDocument {
  const { citation } = describeExportVersion(input.version)
  return {
    title: input.documentTitle,
    subject: `Integrationskonzept – ${citation}`,
    footer: `${input.documentTitle} – ${citation}`,
    orientation: 'portrait',
    blocks: [...conceptExportBlocks(input), ...(input.changes ? changeRegisterBlocks(input.changes) : [])],
  }
}
