import type { JSONContent } from '@tiptap/core'
import { NodeName } from '../../schema/nodeNames'
import type { TeilzielFieldName } from '../../schema/nodes/teilziel/teilzielFieldDefinitions'
import { matchConceptLabel, type ConceptLabelMatch } from '../matchConceptLabel'
import { parseMassnahmeItem } from '../parseMassnahmeItem'
import { massnahmeJson } from '../json/massnahmeJson'
import { oberzielJson } from '../json/oberzielJson'
import { ConceptBlockBuilder } from './ConceptBlockBuilder'
import type { DocxBlock, DocxParagraph } from './DocxBlock'
import { docxBlockJson } from './docxBlockJson'
import { docxStyleClasses } from './docxStyleClasses'
import { fieldBlocksJson } from './fieldBlocksJson'
import { paragraphFromInline } from './paragraphFromInline'
import { readFieldTable } from './readFieldTable'
import { sliceInlineJson } from './sliceInlineJson'

interface Reading {
  nodes: JSONContent[]
  next: number
}

/**
 * The blocks of one section as concept JSON: label/text tables and label paragraphs (seed 003's two
 * layouts) become Teilziel, Oberziel and Maßnahme blocks, "Maßnahme S1: …" paragraphs Maßnahmen;
 * everything else is kept as paragraphs, lists, tables and unnumbered headings.
 */
export function conceptBodyFromDocx(blocks: readonly DocxBlock[]): JSONContent[] {
  const content: JSONContent[] = []
  let index = 0
  while (index < blocks.length) {
    const block = blocks[index]!
    if (block.kind === 'table') {
      content.push(...(readFieldTable(block) ?? docxBlockJson(block)))
      index += 1
      continue
    }
    if (block.kind === 'paragraph') {
      const label = matchConceptLabel(block.text)
      const reading =
        label?.label === NodeName.oberziel ? readOberziel(blocks, index, label) : label?.label === NodeName.teilzielZiel ? readTeilzielParagraphs(blocks, index, label) : readMassnahmeParagraph(block, index)
      if (reading) {
        content.push(...reading.nodes)
        index = reading.next
        continue
      }
    }
    content.push(...docxBlockJson(block))
    index += 1
  }
  return content
}

/** The paragraph without its label, if text followed the label in the same paragraph. */
function afterLabel(paragraph: DocxParagraph, label: ConceptLabelMatch): DocxBlock[] {
  if (!label.rest) return []
  const trimmed = paragraph.text.trimEnd()
  const inline = sliceInlineJson(paragraph.inline, trimmed.length - label.rest.length)
  return inline.length > 0 ? [{ ...paragraph, inline, text: label.rest }] : []
}

function readOberziel(blocks: readonly DocxBlock[], start: number, label: ConceptLabelMatch): Reading {
  const content = afterLabel(blocks[start] as DocxParagraph, label)
  let index = start + 1
  const isOberzielText = (block: DocxBlock | undefined) => block?.kind === 'paragraph' && block.className === docxStyleClasses.oberziel
  // Oberziel text written by the export carries its own style, so several paragraphs can be told apart from what follows.
  while (index < blocks.length && (isOberzielText(blocks[index]) || (blocks[index]!.kind === 'list' && isOberzielText(blocks[index - 1])))) {
    content.push(blocks[index]!)
    index += 1
  }
  if (content.length === 0) {
    const next = blocks[index]
    if (next && (next.kind === 'list' || (next.kind === 'paragraph' && !matchConceptLabel(next.text)))) {
      content.push(next)
      index += 1
    }
  }
  return { nodes: [oberzielJson(fieldBlocksJson(content), label.wording)], next: index }
}

/**
 * A Teilziel written as label paragraphs: a field runs to the next label; the block ends after the
 * Verantwortliche text (unless labels of fields not yet filled follow), at the next Teilziel or Oberziel,
 * at a heading or at a table.
 */
function readTeilzielParagraphs(blocks: readonly DocxBlock[], start: number, label: ConceptLabelMatch): Reading {
  const builder = new ConceptBlockBuilder()
  let current: TeilzielFieldName = NodeName.teilzielZiel
  builder.add({ kind: 'concept', label: current, wording: label.wording }, afterLabel(blocks[start] as DocxParagraph, label))
  let index = start + 1
  while (index < blocks.length) {
    const block = blocks[index]!
    if (block.kind === 'heading' || block.kind === 'table') break
    const fieldLabel = block.kind === 'paragraph' ? matchConceptLabel(block.text) : null
    if (!fieldLabel) {
      builder.appendToTeilziel(current, [block])
      index += 1
      continue
    }
    if (fieldLabel.label === NodeName.oberziel || fieldLabel.label === NodeName.teilzielZiel) break
    const paragraph = block as DocxParagraph
    if (fieldLabel.label !== NodeName.teilzielVerantwortliche) {
      current = fieldLabel.label
      builder.appendToTeilziel(current, afterLabel(paragraph, fieldLabel), fieldLabel.wording)
      index += 1
      continue
    }
    const rest = afterLabel(paragraph, fieldLabel)
    index += 1
    const next = blocks[index]
    if (rest.length === 0 && next?.kind === 'paragraph' && !matchConceptLabel(next.text)) {
      rest.push(next)
      index += 1
    }
    builder.appendToTeilziel(NodeName.teilzielVerantwortliche, rest, fieldLabel.wording)
    current = NodeName.teilzielVerantwortliche
    const following = blocks[index]
    const followingLabel = following?.kind === 'paragraph' ? matchConceptLabel(following.text)?.label : undefined
    if (!followingLabel || followingLabel === NodeName.oberziel || followingLabel === NodeName.teilzielZiel || builder.hasField(followingLabel)) break
  }
  builder.flush()
  return { nodes: builder.output, next: index }
}

function readMassnahmeParagraph(paragraph: DocxParagraph, index: number): Reading | null {
  const item = parseMassnahmeItem(paragraph.text)
  if (!item) return null
  const inline = sliceInlineJson(paragraph.inline, paragraph.text.trimEnd().length - item.text.length)
  return { nodes: [massnahmeJson({ code: item.code, text: [paragraphFromInline(inline)] })], next: index + 1 }
}
