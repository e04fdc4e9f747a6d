import type { ChangeBlock } from '../../../shared/changes/ChangeModel'
import { NodeName } from '../../../shared/schema/nodeNames'
import type { BlockPlace } from './BlockPlace'
import { ChangeBlockView } from './ChangeBlockView'

/** Sibling blocks of a comparison, each told its section and Teilziel ordinal. */
export function ChangeBlockList({ blocks, sectionNumber, depth }: { blocks: readonly ChangeBlock[]; sectionNumber: string | null; depth: number }) {
  const places = placeBlocks(blocks, sectionNumber, depth)
  return (
    <>
      {blocks.map((block, index) => (
        <ChangeBlockView key={block.id ? `${block.id}:${block.status}` : `${block.type}:${index}`} block={block} place={places[index]!} />
      ))}
    </>
  )
}

// Teilziele are counted per section as the editor's cards count them: a numbered heading starts a new section, deleted Teilziele do not count.
function placeBlocks(blocks: readonly ChangeBlock[], sectionNumber: string | null, depth: number): BlockPlace[] {
  let currentSection = sectionNumber
  let teilzielCount = 0
  return blocks.map((block) => {
    const number = block.number ? (block.number.to ?? block.number.from) : null
    if (block.type === NodeName.heading && number) {
      currentSection = number
      teilzielCount = 0
    }
    if (block.type !== NodeName.teilziel || block.status === 'deleted') return { sectionNumber: currentSection, teilzielOrdinal: null, depth }
    teilzielCount += 1
    return { sectionNumber: currentSection, teilzielOrdinal: teilzielCount, depth }
  })
}
