import type { ExportDocument } from './ExportDocument'
import { conceptExportBlocks, type ConceptExportInput } from './conceptExportBlocks'
import { describeExportVersion } from './describeExportVersion'

/** The concept as a document of its own: title page, table of contents, then the text. */
export function buildConceptExport(input: ConceptExportInput): ExportDocument {
  const { citation } = describeExportVersion(input.version)
  return {
    title: input.documentTitle,
    subject: `Integrationskonzept – ${citation}`,
    footer: `${input.documentTitle} – ${citation}`,
    orientation: 'portrait',
    blocks: conceptExportBlocks(input),
  }
}
