import type { JSONContent } from '@tiptap/core'
import { NodeName } from '../schema/nodeNames'
import type { ImportSummary } from './ImportSummary'

export type ImportedNodeCounts = Pick<ImportSummary, 'handlungsfelder' | 'oberziele' | 'teilziele' | 'massnahmen' | 'headings' | 'paragraphs'>

const conceptBlocks = new Set<string>([NodeName.oberziel, NodeName.teilziel, NodeName.massnahme])

/** Counts the structured blocks of an imported document, as reported in the ImportSummary. */
export function countImportedNodes(doc: JSONContent): ImportedNodeCounts {
  const counts: ImportedNodeCounts = { handlungsfelder: 0, oberziele: 0, teilziele: 0, massnahmen: 0, headings: 0, paragraphs: 0 }
  const visit = (node: JSONContent, insideConceptBlock: boolean) => {
    switch (node.type) {
      case NodeName.handlungsfeld:
        counts.handlungsfelder += 1
        break
      case NodeName.oberziel:
        counts.oberziele += 1
        break
      case NodeName.teilziel:
        counts.teilziele += 1
        break
      case NodeName.massnahme:
        counts.massnahmen += 1
        break
      case NodeName.heading:
        counts.headings += 1
        break
      case NodeName.paragraph:
        if (!insideConceptBlock && (node.content?.length ?? 0) > 0) counts.paragraphs += 1
        break
    }
    const inside = insideConceptBlock || conceptBlocks.has(node.type ?? '')
    for (const child of node.content ?? []) visit(child, inside)
  }
  visit(doc, false)
  return counts
}
