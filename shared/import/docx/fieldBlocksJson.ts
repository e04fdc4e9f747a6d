import type { JSONContent } from '@tiptap/core'
import { NodeName } from '../../schema/nodeNames'
import { paragraphJson } from '../json/paragraphJson'
import type { DocxBlock } from './DocxBlock'
import { docxBlockJson } from './docxBlockJson'
import { listItemJson } from './listItemJson'
import { paragraphFromInline } from './paragraphFromInline'

/**
 * The content of a Teilziel, Oberziel or Maßnahme field: paragraphs and lists only, as the schema allows
 * there; a heading becomes a paragraph, a table one paragraph per row. With `asList` (the Aktivitäten field)
 * everything becomes one bullet list, paragraphs with "•" bullets split into their items.
 */
export function fieldBlocksJson(blocks: readonly DocxBlock[], { asList = false }: { asList?: boolean } = {}): JSONContent[] {
  const content = blocks.flatMap((block): JSONContent[] => {
    if (block.kind === 'heading') return block.inline.length > 0 ? [paragraphFromInline(block.inline)] : []
    if (block.kind === 'table') return block.rows.map((row) => paragraphJson(row.map((cell) => cell.text.replace(/\s+/g, ' ').trim()).filter(Boolean).join(' · '))).filter((paragraph) => paragraph.content)
    return docxBlockJson(block)
  })
  if (!asList) return content
  const items: JSONContent[] = []
  for (const node of content) {
    if (node.type === NodeName.bulletList || node.type === NodeName.orderedList) {
      items.push(...(node.content ?? []))
      continue
    }
    const text = (node.content ?? []).map((child) => child.text ?? '').join('')
    if (text.includes('•')) {
      for (const part of text.split('•').map((piece) => piece.trim()).filter(Boolean)) items.push(listItemJson([paragraphJson(part)]))
    } else {
      items.push(listItemJson([node]))
    }
  }
  return items.length > 0 ? [{ type: NodeName.bulletList, content: items }] : []
}
