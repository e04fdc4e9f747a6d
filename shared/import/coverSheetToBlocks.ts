import type { JSONContent } from '@tiptap/core'
import { linesToBlocks } from './linesToBlocks'
import { matchCoverSectionLabel } from './matchCoverSectionLabel'
import { headingJson } from './json/headingJson'
import { paragraphJson } from './json/paragraphJson'

/**
 * The cover sheet as ordinary content: one paragraph per line (table rows with " · " between the cells),
 * section labels as unnumbered level-3 headings. Structured metadata comes from parseBeschlussvorlageCover.
 */
export function coverSheetToBlocks(lines: readonly string[]): JSONContent[] {
  const blocks: JSONContent[] = []
  let segment: string[] = []
  const flush = () => {
    blocks.push(...linesToBlocks(segment, { joinLines: false }))
    segment = []
  }
  for (const line of lines) {
    const label = matchCoverSectionLabel(line)
    if (!label) {
      segment.push(line)
      continue
    }
    flush()
    blocks.push(headingJson(3, label.label))
    if (label.rest) blocks.push(paragraphJson(label.rest))
  }
  flush()
  return blocks
}
