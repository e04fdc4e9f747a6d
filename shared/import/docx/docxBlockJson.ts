import type { JSONContent } from '@tiptap/core'
import { NodeName } from '../../schema/nodeNames'
import type { DocxBlock, DocxTable } from './DocxBlock'
import { listItemJson } from './listItemJson'
import { paragraphFromInline } from './paragraphFromInline'

/**
 * ProseMirror JSON for a block taken over as it is: paragraphs, lists, tables; a heading inside a section
 * body becomes an unnumbered heading (level 3 or 4), so that it does not shift the derived numbering.
 */
export function docxBlockJson(block: DocxBlock): JSONContent[] {
  switch (block.kind) {
    case 'paragraph':
      return block.inline.length > 0 ? [paragraphFromInline(block.inline)] : []
    case 'heading':
      return block.inline.length > 0 ? [{ type: NodeName.heading, attrs: { level: block.level <= 3 ? 3 : 4 }, content: block.inline }] : []
    case 'list':
      return [{ type: block.ordered ? NodeName.orderedList : NodeName.bulletList, content: block.items.map((item) => listItemJson(item.flatMap(docxBlockJson))) }]
    case 'table':
      return [tableJson(block)]
  }
}

function tableJson(table: DocxTable): JSONContent {
  return {
    type: 'table',
    content: table.rows.map((row) => ({
      type: 'tableRow',
      content: row.map((cell) => {
        const blocks = cell.blocks.flatMap(docxBlockJson)
        return {
          type: cell.header ? 'tableHeader' : 'tableCell',
          attrs: { colspan: cell.columnSpan, rowspan: 1, colwidth: null },
          content: blocks.length > 0 ? blocks : [{ type: NodeName.paragraph }],
        }
      }),
    })),
  }
}
