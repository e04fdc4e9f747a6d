import type { JSONContent } from '@tiptap/core'
import { NodeName } from '../schema/nodeNames'
import { linesToBlocks } from './linesToBlocks'
import { matchConceptLabel } from './matchConceptLabel'
import { readLabelledParagraph } from './readLabelledParagraph'
import { readTeilzielBlock } from './readTeilzielBlock'
import { oberzielJson } from './json/oberzielJson'

/**
 * The blocks of a section body: Oberziel and Teilziel blocks where labelled (unless `conceptBlocks` is off,
 * for text whose layout has no Teilziel tables), paragraphs and lists otherwise.
 */
export function conceptBodyToBlocks(lines: readonly string[], { conceptBlocks = true }: { conceptBlocks?: boolean } = {}): JSONContent[] {
  const blocks: JSONContent[] = []
  let free: string[] = []
  const flush = () => {
    blocks.push(...linesToBlocks(free))
    free = []
  }
  let index = 0
  while (index < lines.length) {
    const label = conceptBlocks ? matchConceptLabel(lines[index]!) : null
    if (label?.label === NodeName.oberziel) {
      flush()
      const paragraph = readLabelledParagraph(lines, index, label.rest)
      blocks.push(oberzielJson(linesToBlocks(paragraph.lines), label.wording))
      index = paragraph.next
    } else if (label?.label === NodeName.teilzielZiel) {
      flush()
      const teilziel = readTeilzielBlock(lines, index)
      blocks.push(teilziel.node)
      index = teilziel.next
    } else {
      free.push(lines[index]!)
      index += 1
    }
  }
  flush()
  return blocks
}
