import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import type { ExportBlock } from './ExportDocument'
import type { ExportVersion } from './ExportVersion'
import { conceptToExportBlocks } from './conceptToExportBlocks'
import { describeExportVersion } from './describeExportVersion'
import { runsFromText } from './runsFromText'

export interface ConceptExportInput {
  doc: ProseMirrorNode
  documentTitle: string
  version: ExportVersion
}

/** Title page, table of contents and text of the concept; the whole concept export, and the Beschlussvorlage's Anlage. */
export function conceptExportBlocks(input: ConceptExportInput): ExportBlock[] {
  const description = describeExportVersion(input.version)
  const { blocks, contents } = conceptToExportBlocks(input.doc)
  const titlePage: ExportBlock[] = [
    { type: 'paragraph', style: 'title', runs: runsFromText(input.documentTitle, { bold: true }) },
    ...description.titleLines.map((line): ExportBlock => ({ type: 'paragraph', style: 'subtitle', runs: runsFromText(line) })),
    { type: 'pageBreak' },
  ]
  const tableOfContents: ExportBlock[] = contents.length > 0 ? [{ type: 'tableOfContents', title: 'Inhaltsverzeichnis', entries: contents }, { type: 'pageBreak' }] : []
  return [...titlePage, ...tableOfContents, ...blocks]
}
