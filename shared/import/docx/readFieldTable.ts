import type { JSONContent } from '@tiptap/core'
import { paragraphJson } from '../json/paragraphJson'
import type { DocxTable } from './DocxBlock'
import { ConceptBlockBuilder } from './ConceptBlockBuilder'
import { docxBlockJson } from './docxBlockJson'
import { matchFieldLabel } from './matchFieldLabel'

/**
 * A table of label cells and text cells (the Teilziel tables of seed 003, the Maßnahme tables of the
 * export) as Teilziel, Oberziel and Maßnahme blocks; one table may hold several. Rows whose label is not a
 * field are kept as "label · text" paragraphs. Null if no row has a field label: an ordinary table.
 */
export function readFieldTable(table: DocxTable): JSONContent[] | null {
  const builder = new ConceptBlockBuilder()
  let recognised = 0
  for (const row of table.rows) {
    const [labelCell, ...contentCells] = row
    const label = labelCell && contentCells.length > 0 ? matchFieldLabel(labelCell.text) : null
    const content = contentCells.flatMap((cell) => cell.blocks)
    if (label && builder.add(label, content, contentCells.map((cell) => cell.text).join(' ').replace(/\s+/g, ' ').trim())) {
      recognised += 1
      continue
    }
    builder.flush()
    const labelText = labelCell?.text.replace(/\s+/g, ' ').trim() ?? ''
    if (labelText) builder.output.push(paragraphJson(labelText))
    builder.output.push(...content.flatMap(docxBlockJson))
  }
  builder.flush()
  return recognised > 0 ? builder.output : null
}
